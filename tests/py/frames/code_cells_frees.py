def outer(x):
    y = 2
    def inner(z):
        return x + y + z
    return inner

co = outer.__code__
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
ic = outer(1).__code__
print(ic.co_varnames, ic.co_cellvars, ic.co_freevars, ic.co_nlocals)
print(ic.co_qualname)
print(len(outer(1).__closure__), type(outer(1).__closure__[0]).__name__)
print([c.cell_contents for c in outer(1).__closure__])

def arg_cell(a):
    return lambda: a
print(arg_cell.__code__.co_cellvars, arg_cell.__code__.co_varnames)
