# PEP 614 relaxed decorator expressions and decorator evaluation order.
log = []
def mk(tag):
    log.append('make ' + tag)
    def deco(fn):
        log.append('apply ' + tag)
        fn.tags = getattr(fn, 'tags', ()) + (tag,)
        return fn
    return deco
decos = [mk('list0'), mk('list1')]
ns = type('NS', (), {'inner': staticmethod(mk('attr'))})
log.clear()
def default():
    log.append('default evaluated')
    return 1
@decos[0]
@ns.inner
@(lambda fn: log.append('lambda') or fn)
@mk('call')
def f(a=default()):
    return a
print(log)
print(f.tags, f())
@decos[1] if True else None
def g(): pass
print(g.tags)
try:
    @None
    def h(): pass
except TypeError as e:
    print(type(e).__name__, e)
def to_value(fn):
    return fn()
@to_value
def answer():
    return 42
print(answer, type(answer).__name__)
class Reg:
    items = {}
    @classmethod
    def add(cls, name):
        def deco(obj):
            cls.items[name] = obj.__name__
            return obj
        return deco
@Reg.add('first')
class First: pass
@Reg.add('second')
def second(): pass
print(Reg.items)
