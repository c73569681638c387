# The traceback module formats exception groups with the same frame lines as the printer.
import traceback

def boom():
    raise ExceptionGroup("many", [ValueError("a"), ExceptionGroup("nested", [TypeError("b")])])

try:
    boom()
except ExceptionGroup as e:
    text = traceback.format_exception(e)
    print("".join(text), end="")
    print(traceback.format_exception_only(e))
    wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
    print("".join(traceback.format_exception(wide)), end="")
