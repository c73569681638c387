def f():
    pass

r = repr(f.__code__)
print(r.startswith("<code object f at 0x"))
print(r.endswith('line 1>'))
print(', file "' in r)
print(type(f.__code__).__module__ if hasattr(type(f.__code__), "__module__") else None)
