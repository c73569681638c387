# Evaluation order of calls: function, positional args, keyword args, left to right.
def t(label, value=None):
    print('eval', label)
    return value
def target(*a, **k):
    return a, k
print(t('func', target)(t('a', 1), t('b', 2), x=t('x', 3), *t('star', [4]), **t('kw', {'y': 5})))
d = {}
d[t('key', 'k')] = t('value', 'v')
print(d)
x = [t('e1', 1), t('e2', 2)][t('index', 0)]
print(x)
t('left', 1) + t('right', 2)
print({t('k1', 1): t('v1', 1), t('k2', 2): t('v2', 2)})
