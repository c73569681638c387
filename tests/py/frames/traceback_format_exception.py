import traceback

def f(x):
    raise ValueError("bad value %r" % (x,))

try:
    f(3)
except ValueError as e:
    err = e

lines = traceback.format_exception(err)
print(type(lines).__name__, len(lines))
print("".join(lines), end="")
print("".join(traceback.format_exception(type(err), err, err.__traceback__)), end="")
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception(ValueError("no tb")))
