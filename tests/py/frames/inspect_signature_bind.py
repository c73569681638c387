import inspect

def f(a, b=2, *, c):
    pass

sig = inspect.signature(f)
ba = sig.bind(1, c=3)
print(ba.arguments)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print(type(e).__name__, e)
P = inspect.Parameter
p = P("x", P.KEYWORD_ONLY, default=1)
print(p, p.name, p.default, p.kind)
print(inspect.Signature([P("a", P.POSITIONAL_ONLY), p]))
class C:
    def m(self, x, y=1): pass
print(inspect.signature(C.m), inspect.signature(C().m))
print(inspect.signature(C))
