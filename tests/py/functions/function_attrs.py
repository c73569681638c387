# Attributes of function objects.
def outer():
    def inner(a, b=1, *, c=2):
        """inner doc"""
        return a
    return inner
fn = outer()
print(fn.__name__, fn.__qualname__, fn.__doc__)
print(fn.__defaults__, fn.__kwdefaults__, fn.__module__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__doc__)
class C:
    def method(self): pass
    class Inner:
        def deep(self): pass
print(C.method.__qualname__, C.Inner.deep.__qualname__, C.Inner.__qualname__)
fn.custom = 'attribute'
print(fn.custom, fn.__dict__)
print(fn.__code__.co_name, fn.__code__.co_varnames, fn.__code__.co_argcount)
print(type(fn).__name__, callable(fn), fn.__globals__ is globals())
fn.__name__ = 'renamed'
print(fn.__name__, fn.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
def gen(): yield
print(gen.__code__.co_flags & 0x20 != 0, outer.__code__.co_flags & 0x20 != 0)
