# raise ... from ... inside except* handlers: what propagates and how it is chained.
def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e))
        print("  cause:", repr(e.__cause__), "context:", repr(e.__context__))
        for sub in getattr(e, "exceptions", ()):
            print("  sub:", repr(sub), "cause:", repr(sub.__cause__), "context:", repr(sub.__context__))

def only_raise():
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* ValueError as g:
        raise RuntimeError("converted") from g

def raise_from_none():
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* ValueError:
        raise RuntimeError("hidden") from None

def with_unhandled():
    try:
        raise ExceptionGroup("eg", [ValueError("v"), KeyError("k")])
    except* ValueError as g:
        raise RuntimeError("from v") from g.exceptions[0]

def two_handlers_raise():
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise RuntimeError("first")
    except* TypeError:
        raise LookupError("second")

def raise_group_from():
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* ValueError:
        raise ExceptionGroup("wrapped", [IndexError("i")]) from KeyError("why")

for f in (only_raise, raise_from_none, with_unhandled, two_handlers_raise, raise_group_from):
    print("--", f.__name__)
    show(f)
