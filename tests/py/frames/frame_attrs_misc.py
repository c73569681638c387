import sys

f = sys._getframe()
print(f.f_trace)
print(f.f_trace_lines, f.f_trace_opcodes)
f.f_trace_opcodes = False
print(f.f_trace_opcodes)
print(type(f.f_code).__name__)
for name in ("f_back", "f_builtins", "f_code", "f_globals", "f_lasti", "f_lineno", "f_locals", "f_trace", "clear"):
    print(name, hasattr(f, name))
try:
    f.f_code = None
except AttributeError as e:
    print(type(e).__name__)
try:
    f.f_back = None
except AttributeError as e:
    print(type(e).__name__)
