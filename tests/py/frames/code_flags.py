def plain(): pass
def gen(): yield
def varargs(*a, **k): pass
def nested():
    x = 1
    def inner(): return x
    return inner

for fn in (plain, gen, varargs, nested, nested()):
    fl = fn.__code__.co_flags
    print(fn.__name__, bool(fl & 0x20), bool(fl & 0x80), bool(fl & 0x200), bool(fl & 0x04), bool(fl & 0x08), bool(fl & 0x10), bool(fl & 0x02), bool(fl & 0x01))
