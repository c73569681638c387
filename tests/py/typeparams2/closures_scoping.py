# Type parameters are visible in nested functions, lambdas and comprehensions but not outside.
def outer[T](x: T):
    def inner():
        return T
    lam = lambda: T
    comp = [T for _ in range(2)]
    return inner(), lam(), comp

a, b, c = outer(1)
print(a, a is b, c[0] is a, a is outer.__type_params__[0])
try:
    T
except NameError as e:
    print("NameError", e)

def make():
    results = []
    for i in range(2):
        def g[T](): return T
        results.append(g.__type_params__[0])
    return results
t1, t2 = make()
print(t1, t2, t1 is t2)

class K[T]:
    attr = "class attr"
    def m(self):
        return T
    value = [T]
print(K().m(), K.value, K.value[0] is K.__type_params__[0])
try:
    K.T
except AttributeError as e:
    print("AttributeError", e)

def uses_default[T](x=None, *, y: "T" = 5) -> None:
    return x, y
print(uses_default(), uses_default.__kwdefaults__, uses_default.__defaults__)

x = "global x"
def shadowed[x]():
    return x
print(shadowed(), x)
print(outer.__code__.co_varnames[:1], outer.__name__, outer.__qualname__)
