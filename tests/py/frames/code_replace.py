def f(a, b):
    return a + b

co = f.__code__
c2 = co.replace(co_name="g")
print(c2.co_name, co.co_name)
print(c2.co_qualname)
c3 = co.replace(co_firstlineno=100)
print(c3.co_firstlineno, c3.co_argcount)
f.__code__ = co.replace(co_name="renamed", co_qualname="Q.renamed")
print(f.__code__.co_name, f.__code__.co_qualname, f(1, 2))
print(f.__name__)
try:
    co.replace(co_nonexistent=1)
except TypeError as e:
    print(type(e).__name__, e)
