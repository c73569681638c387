def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    local1 = a
    return local1

co = f.__code__
print(co.co_name, co.co_qualname)
print(co.co_filename.rsplit("/", 1)[-1])
print(co.co_firstlineno)
print(co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_nlocals)
print(bool(co.co_flags & 0x04), bool(co.co_flags & 0x08))
print(co.co_cellvars, co.co_freevars)
print(type(co).__name__)
