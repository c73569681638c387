# BaseExceptionGroup with KeyboardInterrupt/SystemExit members handled by except*.
def show(f):
    try:
        f()
        print(f.__name__, "-> nothing escaped")
    except BaseException as e:
        print(f.__name__, "->", type(e).__name__, repr(e))

def all_handled():
    try:
        raise BaseExceptionGroup("stop", [KeyboardInterrupt(), SystemExit(3), ValueError("v")])
    except* KeyboardInterrupt as g:
        print("  KI part:", repr(g))
    except* SystemExit as g:
        print("  exit part:", repr(g), g.exceptions[0].code)
    except* Exception as g:
        print("  regular part:", repr(g), type(g).__name__)

def leftover_base():
    try:
        raise BaseExceptionGroup("stop", [KeyboardInterrupt(), ValueError("v")])
    except* ValueError:
        print("  handled value")

def leftover_regular():
    try:
        raise BaseExceptionGroup("stop", [KeyboardInterrupt(), ValueError("v")])
    except* KeyboardInterrupt:
        print("  handled interrupt")

def naked_base():
    try:
        raise SystemExit(5)
    except* SystemExit as g:
        print("  naked SystemExit wrapped:", repr(g), type(g).__name__)

def exception_does_not_catch_base():
    try:
        raise BaseExceptionGroup("b", [GeneratorExit()])
    except* Exception:
        print("  not reached")

for f in (all_handled, leftover_base, leftover_regular, naked_base, exception_does_not_catch_base):
    show(f)
