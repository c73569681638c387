import traceback

def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("second")

try:
    f()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
print(te.exc_type.__name__ if hasattr(te, "exc_type") else te.exc_type_str)
print(len(te.stack), [f.name for f in te.stack])
print(te.__context__.exc_type.__name__ if hasattr(te.__context__, "exc_type") else None)
print(te.__cause__)
print("".join(te.format_exception_only()), end="")
print("".join(te.format()), end="")
print(str(te))
