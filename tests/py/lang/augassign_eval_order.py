# Augmented assignment to subscripts and attributes: each part evaluated once, in order.
log = []
def t(label, v):
    log.append(label)
    return v
class Box:
    def __init__(self): self.__dict__['v'] = 10
    def __getattr__(self, n): raise AttributeError(n)
    def __getattribute__(self, n):
        if n == 'v': log.append('getattr v')
        return object.__getattribute__(self, n)
    def __setattr__(self, n, val):
        log.append(f'setattr {n}={val}')
        object.__setattr__(self, n, val)
class Seq:
    def __init__(self): self.data = [1, 2, 3]
    def __getitem__(self, i):
        log.append(f'getitem {i}')
        return self.data[i]
    def __setitem__(self, i, v):
        log.append(f'setitem {i}={v}')
        self.data[i] = v
s = Seq()
t('container', s)[t('index', 1)] += t('value', 100)
print(log, s.data)
log.clear()
b = Box()
t('object', b).v *= t('value', 3)
print(log)
log.clear()
t('container', s)[t('index', 0)] = t('value', 7)
print(log)
log.clear()
x = [0, 0]
i = 0
i, x[i] = 1, 9
print(x)
a = b2 = t('rhs', [])
print(log, a is b2)
log.clear()
t('c', s)[t('i', 2)] = t('c2', s)[t('i2', 1)] = t('rhs', 5)
print(log, s.data)
log.clear()
s2 = Seq()
t('c', s2)[t('lo', 0):t('hi', 2)] = t('v', [8])
print(log, s2.data)
