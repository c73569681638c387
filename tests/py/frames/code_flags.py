def plain(): pass
def gen(): yield
async def coro(): pass
async def agen(): yield
def varargs(*a, **k): pass
def nested():
    x = 1
    def inner(): return x
    return inner

for fn in (plain, gen, coro, agen, varargs, nested, nested()):
    fl = fn.__code__.co_flags
    print(fn.__name__, bool(fl & 0x20), bool(fl & 0x80), bool(fl & 0x200), bool(fl & 0x04), bool(fl & 0x08), bool(fl & 0x10), bool(fl & 0x02), bool(fl & 0x01))
