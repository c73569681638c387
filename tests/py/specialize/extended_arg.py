# Instructions whose oparg needs EXTENDED_ARG prefixes: more than 256 constants, names
# and locals, and jumps longer than 255 code units; run plainly, raising from an extended
# instruction, and under a line tracer.
import sys

src = ["def big(flag):"]
for i in range(300):
    src.append(f"    v{i} = {i * 7 + 1000}")
src.append("    total = 0")
src.append("    if flag:")
for i in range(300):
    src.append(f"        total += v{i}")
src.append("    else:")
src.append("        total = -1")
src.append("    return total, v299, v0")
ns = {}
exec("\n".join(src), ns)
big = ns["big"]
print(big(True))
print(big(False))

# A global looked up by an extended LOAD_GLOBAL that is missing: NameError from the
# extended instruction, caught by a handler around it.
gsrc = ["def g():"]
for i in range(280):
    gsrc.append(f"    n{i} = {i}.5")
gsrc.append("    try:")
gsrc.append("        return missing_name_xyz")
gsrc.append("    except NameError as e:")
gsrc.append("        return 'caught', str(e), n279")
exec("\n".join(gsrc), ns)
print(ns["g"]())

# A loop whose body is longer than 255 code units: the backward jump is extended.
lsrc = ["def loop(n):", "    acc = 0", "    for i in range(n):"]
for i in range(150):
    lsrc.append(f"        acc += i * {i}")
lsrc.append("    return acc")
exec("\n".join(lsrc), ns)
print(ns["loop"](10))

lines = []
def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "big":
        lines.append(frame.f_lineno)
    return tracer
sys.settrace(tracer)
r = big(True)
sys.settrace(None)
print(r, len(lines), lines[:3], lines[-3:])
