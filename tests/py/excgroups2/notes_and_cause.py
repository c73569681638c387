# Notes and __cause__ survive except* splitting; the handler's group is a new object.
def load(name):
    try:
        raise FileNotFoundError(f"No such file: {name}")
    except OSError as e:
        err = RuntimeError(f"cannot load {name}")
        err.add_note(f"looked in ./{name}")
        raise err from e

errors = []
for n in ("a.cfg", "b.cfg"):
    try:
        load(n)
    except RuntimeError as e:
        errors.append(e)
errors.append(KeyError("missing key"))
eg = ExceptionGroup("startup failed", errors)
eg.add_note("group note")
eg.__cause__ = OSError("root cause")

try:
    raise eg
except* RuntimeError as g:
    print(repr(g), g is eg)
    print(getattr(g, "__notes__", None), repr(g.__cause__), g.__traceback__ is eg.__traceback__)
    for sub in g.exceptions:
        print(" ", repr(sub), sub.__notes__, repr(sub.__cause__), sub.__suppress_context__)
except* KeyError as g:
    print(repr(g), g.__notes__, repr(g.__cause__))

try:
    raise eg
except* Exception as g:
    print("catch-all gets the original:", g is eg)

try:
    try:
        raise eg
    except* KeyError:
        pass
except ExceptionGroup as rest:
    print("rest:", repr(rest), rest.__notes__, repr(rest.__cause__), rest is eg)
