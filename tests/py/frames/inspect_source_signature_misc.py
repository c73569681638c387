import inspect, sys

def deco(f):
    return f

@deco
def decorated(a: int, b: "str" = "x", *args: int, c: list = [], **kw) -> None:
    """Doc
       indented.
    """
    return 1

class Outer:
    """Outer doc."""
    class Inner:
        def meth(self):
            pass
    def m(self, x, /, y, *, z=3):
        return x

    @staticmethod
    def sm(q): pass

    @classmethod
    def cm(cls, r, s=1): pass

def one(): return 1
x = 5

def multiline(a,
              b):
    s = """
not indented
"""
    return s
    # trailing comment

# unrelated

def factory():
    class Local:
        pass
    return Local

print(inspect.getsource(decorated), end="")
print(inspect.getsource(Outer.Inner), end="")
print(inspect.getsource(Outer.Inner.meth), end="")
print(inspect.getsource(one), end="")
print(inspect.getsource(multiline), end="")
print(inspect.getsource(factory()), end="")
print(inspect.getsourcelines(Outer.m)[1])
print(inspect.signature(decorated))
print(inspect.signature(Outer.m), inspect.signature(Outer().m))
print(inspect.signature(Outer.sm), inspect.signature(Outer.cm))
print(inspect.signature(Outer))
class WithInit:
    def __init__(self, a, b=2): pass
class WithCall:
    def __call__(self, k, *, j): pass
print(inspect.signature(WithInit), inspect.signature(WithCall()))
print(repr(inspect.signature(one)), repr(inspect.signature(decorated).parameters['b']))
print(inspect.getdoc(decorated))
print(inspect.getdoc(Outer))
print(inspect.Parameter.POSITIONAL_ONLY, repr(inspect.Parameter.KEYWORD_ONLY), inspect.Parameter.VAR_KEYWORD.description)
sig = inspect.signature(decorated)
print(sig.bind(1, 2, 3, 4, c=5, d=6))
try:
    sig.bind()
except TypeError as e:
    print(e)
try:
    inspect.signature(Outer.m).bind(1, 2, 3)
except TypeError as e:
    print(e)
try:
    inspect.signature(Outer.m).bind(1, x=2, y=3)
except TypeError as e:
    print(e)
try:
    inspect.signature(one).bind(q=1)
except TypeError as e:
    print(e)
print(inspect.signature(one).bind_partial())
try:
    inspect.Parameter("a b", inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print(e)
try:
    inspect.Signature([inspect.Parameter("a", 3), inspect.Parameter("b", 1)])
except ValueError as e:
    print(e)
try:
    inspect.Parameter("a", inspect.Parameter.VAR_POSITIONAL, default=1)
except ValueError as e:
    print(e)
try:
except ValueError as e:
print(inspect.ismethoddescriptor(str.upper), inspect.isdatadescriptor(property()), inspect.isabstract(int))
print(inspect.getmodule(Outer.Inner).__name__, inspect.getfile(Outer).rsplit('/')[-1])
print(inspect.cleandoc("  a\n    b\n  c\n\n"))
def w(): pass
w.__wrapped__ = one
print(inspect.unwrap(w) is one, inspect.signature(w))
for fi in inspect.stack(0):
    print(fi.function, fi.code_context, fi.index)
print(inspect.getframeinfo(sys._getframe()))
print(inspect.getargvalues(sys._getframe()).args)
print(inspect.getfullargspec(decorated))
