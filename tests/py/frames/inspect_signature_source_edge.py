import inspect, sys

def dec(*a, **k):
    def w(f):
        return f
    return w

@dec(1,
     2)
@dec()
def f1(x: int = 1, *, y: "List[int]", z=None, **kw: dict) -> "str":
    pass

class C:
    @dec()
    class D:
        def am(self): pass
    def one(self): return 1
    def two(self):
        def inner(): return 2
        return inner

def coro(a, b=[1, {2: 3}]): pass

print(inspect.getsource(f1), end="")
print(inspect.getsource(C.D), end="")
print(inspect.getsource(C.D.am), end="")
print(inspect.getsource(C.one), end="")
print(inspect.getsource(C().two()), end="")
print(inspect.signature(f1))
print(inspect.signature(coro), inspect.iscoroutinefunction(coro))
print(inspect.signature(lambda *args, **kwargs: 0))
print(inspect.signature(lambda a, /: 0))
print(inspect.signature(lambda a, /, *, b: 0))
print(inspect.signature(dec(1)))
sig = inspect.signature(f1)
print(sig.replace(return_annotation=inspect.Signature.empty))
print(sig.parameters["y"].annotation, sig.parameters["kw"])
print(sig == inspect.signature(f1), hash(sig) == hash(inspect.signature(f1)))
p = sig.parameters["x"]
print(p.replace(name="q", default=5), p.replace(kind=inspect.Parameter.KEYWORD_ONLY).kind)
ba = inspect.signature(coro).bind(1)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults(); print(ba)
print(inspect.signature(f1).bind(y=2, extra=3).arguments)
class M(type):
    def __call__(cls, m1, m2=0): pass
class UsesM(metaclass=M): pass
print(inspect.signature(UsesM))
class N:
    def __new__(cls, n1, *rest): return object.__new__(cls)
print(inspect.signature(N))
print(inspect.getsourcelines(C.one))
print(inspect.getsource(sys.modules[__name__]).count("\n"))
print(inspect.getframeinfo(sys._getframe(), context=0))
print(list(inspect.Signature.from_callable(f1).parameters.keys()))
print(inspect.formatannotation(list[int]), inspect.formatannotation(int), inspect.formatannotation(C))
print(str(inspect.Parameter.KEYWORD_ONLY), inspect.Parameter.KEYWORD_ONLY == 3)
print(inspect.Parameter("a", inspect.Parameter.POSITIONAL_ONLY, annotation=int, default=3))
try:
    inspect.Signature([inspect.Parameter("a", 1, default=1), inspect.Parameter("b", 1)])
except ValueError as e: print(e)
try:
    inspect.Signature([inspect.Parameter("a", 1), inspect.Parameter("a", 3)])
except ValueError as e: print(e)
try:
    inspect.signature(3)
except TypeError as e: print(e)
