# try/except* nested inside an except* handler, and inside a plain except.
def run():
    try:
        raise ExceptionGroup("outer", [ValueError("v"), TypeError("t")])
    except* ValueError as outer:
        print("outer handler got", repr(outer))
        try:
            raise ExceptionGroup("inner", [KeyError("k"), ValueError("v2")])
        except* KeyError as inner:
            print("  inner handler got", repr(inner))
        except* ValueError as inner:
            print("  inner value handler got", repr(inner))
            print("  sys.exception inside:", repr(__import__("sys").exception()))
        print("back in outer handler")
    except* TypeError as t:
        print("type handler got", repr(t))

run()

def escape():
    try:
        raise ExceptionGroup("eg", [OSError("disk")])
    except* OSError:
        try:
            raise ExceptionGroup("cleanup", [RuntimeError("cleanup failed"), OSError("again")])
        except* RuntimeError:
            print("cleanup error handled")

try:
    escape()
except ExceptionGroup as e:
    print(repr(e))
    print("context:", repr(e.__context__))
    print("inner context:", repr(e.exceptions[0].__context__))

try:
    raise ValueError("plain")
except ValueError as plain:
    try:
        raise ExceptionGroup("g", [ZeroDivisionError("z")])
    except* ZeroDivisionError as g:
        print("group in plain handler:", repr(g), repr(g.exceptions[0].__context__))
