# Order of evaluation for calls: callee, positional, starred, keywords, double-starred.
log = []
def t(label, v=None):
    log.append(label)
    return v
def f(*a, **k):
    return a, k
class Obj:
    def method(self, *a, **k):
        return len(a), sorted(k)
    def __getattribute__(self, name):
        log.append('lookup ' + name)
        return object.__getattribute__(self, name)
t('callee', f)(t('p1', 1), *t('star', [2]), t('p3', 3), k=t('kw', 4), **t('dstar', {'z': 5}))
print(log)
log.clear()
o = Obj()
print(t('obj', o).method(t('arg', 1), kw=t('kw', 2)), log)
log.clear()
def g(a=t('default a'), b=t('default b')):
    pass
print(log)
log.clear()
f(t('a1'), t('a2'))(t('a3'), t('a4')) if False else None
print(log)
log.clear()
try:
    t('callee', None)(t('arg1'), t('arg2'))
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
try:
    f(t('before'), **t('bad', 5), x=t('after'))
except TypeError as e:
    print(type(e).__name__, e, log)
log.clear()
print(t('left', 1) + t('right', 2) * t('third', 3), log)
log.clear()
print(t('base', 2) ** t('exp', 3), log)
