import sys, traceback

def rec(n):
    if n == 0:
        raise RuntimeError("bottom")
    return rec(n - 1)

try:
    rec(10)
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

class Obj:
    def __init__(self):
        self.value = 1
    def method(self):
        return self.valeu

try:
    Obj().method()
except AttributeError as e:
    print("".join(traceback.format_exception(e)), end="")

def nm():
    return lenn([1])
try:
    nm()
except NameError as e:
    print("".join(traceback.format_exception_only(e)), end="")
try:
    sys_x = os.path
except NameError as e:
    print("".join(traceback.format_exception_only(e)), end="")

e = ValueError("with notes")
e.add_note("note one")
e.add_note("multi\nline")
print("".join(traceback.format_exception_only(e)), end="")
print(traceback.format_exception_only(ValueError, ValueError()))
print(traceback.format_exception_only(None))
try:
    try:
        {}["k"]
    except KeyError as k:
        raise TypeError("conv") from k
except TypeError as t:
    traceback.print_exception(t, file=sys.stdout)
    traceback.print_exception(t, file=sys.stdout, chain=False)
    traceback.print_exception(type(t), t, t.__traceback__, file=sys.stdout, limit=-1)
try:
    try:
        1/0
    except ZeroDivisionError:
        raise ValueError("x") from None
except ValueError as v:
    traceback.print_exc(file=sys.stdout)

def multi():
    return (1 +
            2 +
            None)
try:
    multi()
except TypeError:
    traceback.print_exc(file=sys.stdout)
x = [1, 2]
try:
    x[1] + x[5]
except IndexError:
    traceback.print_exc(file=sys.stdout)
try:
    (lambda: [][0])()
except IndexError:
    traceback.print_exc(file=sys.stdout)
fs = traceback.FrameSummary("f.py", 3, "fn", line="  x = 1  ")
print(repr(fs), list(fs), fs[0], fs.line, len(fs), fs == ("f.py", 3, "fn", "x = 1"))
print(traceback.format_list([("a.py", 1, "m", "pass"), fs]))
ss = traceback.StackSummary.from_list([("a.py", 1, "m", "pass")] * 6)
print("".join(ss.format()))
te = traceback.TracebackException(ValueError, ValueError("v"), None)
print(list(te.format()), te == traceback.TracebackException(ValueError, ValueError("v"), None))
class MyErr(Exception):
    def __str__(self):
        raise RuntimeError
print(traceback.format_exception_only(MyErr()))
def gen():
    yield 1
    raise KeyError("g")
try:
    for _ in gen(): pass
except KeyError:
    traceback.print_exc(file=sys.stdout)
def loc(a, b=2):
    c = a + b
    raise ValueError(c)
try:
    loc(1)
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    print("".join(te.stack.format()[1:]))
    print(te.stack[1].locals)
try:
    compile("def f(:\n  pass", "<x>", "exec")
except SyntaxError as e:
    traceback.print_exc(file=sys.stdout)
try:
    compile("if 1:\n\tx = (1 +)", "tabbed.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
try:
    exec("  x = 1")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
print(traceback.format_exc())
