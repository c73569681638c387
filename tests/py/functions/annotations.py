# Annotations on functions and variables.
def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x, y): pass
print(g.__annotations__)
x: int = 5
y: str
print(__annotations__)
print(x)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
class C:
    a: int
    b: str = 'b'
print(C.__annotations__, C.b, hasattr(C, 'a'))
def h():
    z: int = 3
    return z
print(h())
