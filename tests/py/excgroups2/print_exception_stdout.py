# traceback.print_exception of groups to sys.stdout, with limit and max_group_width.
import sys
import traceback

def make():
    try:
        raise ExceptionGroup("many", [KeyError(i) for i in range(5)] +
                             [ExceptionGroup("sub", [OSError("o")])])
    except ExceptionGroup as e:
        return e

eg = make()
traceback.print_exception(eg, file=sys.stdout)
print("---- limit=0")
traceback.print_exception(eg, limit=0, file=sys.stdout)
print("---- TracebackException max_group_width=2")
te = traceback.TracebackException.from_exception(eg, max_group_width=2)
print("".join(te.format()), end="")
print("---- max_group_depth=1")
te = traceback.TracebackException.from_exception(eg, max_group_depth=1)
print("".join(te.format()), end="")
