# traceback.format_exception on a group with a cause, notes and a nested group.
import traceback

def fail(n):
    raise ValueError(f"bad {n}")

def gather():
    errs = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errs.append(e)
    inner = ExceptionGroup("inner", [TypeError("t")])
    inner.add_note("inner note")
    return ExceptionGroup("outer", errs + [inner])

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise gather() from z
except ExceptionGroup as e:
    print("".join(traceback.format_exception(e)), end="")
    print("---- chain=False")
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print("---- only")
    print(traceback.format_exception_only(e))
