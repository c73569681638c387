# Code flags distinguish generator functions from regular ones; calling returns a generator.
def regular(): return 1
def gen(): yield 1
def gen_expr_returner(): return (x for x in ())
print(regular.__code__.co_flags & 0x20, gen.__code__.co_flags & 0x20, gen_expr_returner.__code__.co_flags & 0x20)
print(type(gen()).__name__, type(regular()).__name__, type(gen_expr_returner()).__name__)
print(gen.__code__.co_varnames, regular.__code__.co_nlocals, gen.__name__)
def with_locals(a, b=1, *args, c, **kw):
    x = 1
    return x
co = with_locals.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames, co.co_nlocals)
print(co.co_name, co.co_qualname, co.co_filename.endswith('generator_functions_attrs.py'), co.co_firstlineno)
