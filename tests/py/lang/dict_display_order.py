# Dict displays evaluate key then value, left to right; duplicates keep the first key object.
log = []
def t(label, v):
    log.append(label)
    return v
d = {t('k1', 'a'): t('v1', 1), t('k2', 'b'): t('v2', 2)}
print(d, log)
log.clear()
d = {t('k', 1): t('v', 'x'), **t('unpack', {2: 'y'}), t('k3', 3): t('v3', 'z')}
print(d, log)
d = {1: 'first', 1.0: 'second', True: 'third'}
print(d, type(list(d)[0]).__name__)
d = {0: 'a', False: 'b', 0.0: 'c'}
print(d)
log.clear()
d = {t(f'k{i}', i): t(f'v{i}', i * i) for i in range(2)}
print(d, log)
s = {t('s1', 1), t('s2', 2), t('s3', 1)}
print(sorted(s), log[-3:])
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 0
    def __eq__(self, o):
        log.append(f'eq {self.n} {o.n}')
        return True
    def __repr__(self): return f'K{self.n}'
log.clear()
d = {K(1): 'a', K(2): 'b'}
print(d, log)
print(dict([(1, 'a'), (1, 'b')]), dict(a=1, **{'b': 2}))
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
