# An uncaught nested group with chained exceptions and notes, printed as CPython prints it.
def f():
    raise ValueError("leaf one")

def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("leaf two") from e

errors = []
for func in (f, g):
    try:
        func()
    except Exception as e:
        errors.append(e)
inner = ExceptionGroup("inner group", [KeyError("k")])
inner.add_note("note on inner")
raise ExceptionGroup("outer group", errors + [inner])
