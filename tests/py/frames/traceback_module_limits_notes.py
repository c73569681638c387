import sys, traceback
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    lines = traceback.format_exception(e)
    print(len(lines) < 20, "".join(lines[:2] + lines[-6:]), end="")
def boom():
    raise KeyError("b")
try:
    boom()
except KeyError as e:
    print(traceback.format_exception(e, limit=0))
    print(traceback.format_exception(type(e), e, e.__traceback__, limit=1))
    traceback.print_tb(e.__traceback__, limit=-1, file=sys.stdout)
    sys.tracebacklimit = 1
    print(traceback.format_tb(e.__traceback__))
    sys.tracebacklimit = -5
    print(traceback.format_tb(e.__traceback__))
    del sys.tracebacklimit
    te = traceback.TracebackException.from_exception(e, lookup_lines=False)
    print(te.stack[0]._line, list(te.stack[0]))
    try:
        traceback.format_exception(e, e)
    except ValueError as v:
        print(v)
    try:
        traceback.format_exception("x")
    except TypeError as v:
        print(v)
    print(traceback.format_exception(None))
    traceback.print_exception(None, file=sys.stdout)
    print(list(traceback.walk_tb(e.__traceback__))[0][1])
    ss = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__), capture_locals=True)
    print(ss[1].locals, ss[1].colno)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
traceback.print_stack(file=w)
print("".join(w.parts).count("File"))
e = Exception()
print(traceback.format_exception_only(e), traceback.format_exception_only(Exception("")))
e = ValueError("x"); e.__notes__ = "not a list"
print(traceback.format_exception_only(e))
e = ValueError("x"); e.__notes__ = [1, "a\nb"]
print(traceback.format_exception_only(e))
class Mod(Exception): pass
Mod.__module__ = "pkg.mod"
print(traceback.format_exception_only(Mod("m")))
class Nested:
    class Err(Exception): pass
print(traceback.format_exception_only(Nested.Err("n")))
try:
    import nosuchmod
except ImportError as e:
    print(traceback.format_exception_only(e))
class A:
    def __init__(self):
        self.blech = 1
    def f(self):
        return blech
try:
    A().f()
except NameError as e:
    print(traceback.format_exception_only(e))
