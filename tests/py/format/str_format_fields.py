# str.format field names: attributes, indexes, keys, chains.
class P:
    x = 3
    y = [10, 20, {'k': 'v'}]
    def __repr__(self):
        return 'P()'
p = P()
print('{0.x} {0.y[1]} {0.y[2][k]} {p.x} {p.y[0]}'.format(p, p=p))
print('{0[0]} {0[-1]} {0[a]}'.format({0: 'int0', '-1': 'str-1', 'a': 'A'}))
print('{d[1]} {d[01]} {d[1x]}'.format(d={1: 'one', '01': 'zero-one', '1x': 'onex'}))
print('{0[0][1]} {0[1].real} {0[1].imag:.1f}'.format([('a', 'b'), 2 + 3j]))
print('{a.__class__.__name__} {a.real.__class__.__name__}'.format(a=1.5))
print('{0[ ]} {0[a b]}'.format({' ': 'space', 'a b': 'ab'}))
print('{.real} {[1]}'.format(4, 'xy'))
cases = [('{0.missing}', (p,), {}), ('{0[9]}', ([1],), {}), ('{0[k]}', ({},), {}), ('{x}', (), {}),
         ('{0.}', (p,), {}), ('{0[}', ([1],), {}), ('{0[0]x}', ([1],), {}), ('{0.x.}', (p,), {}),
         ('{0[]}', ([1],), {}), ('{.}', (1,), {}), ('{0]}', (1,), {}), ('{a[0]}', (), {'a': 5}),
         ('{0..x}', (p,), {}), ('{0[0}', ([1],), {})]
for fmt, args, kw in cases:
    try:
        print(repr(fmt), repr(fmt.format(*args, **kw)))
    except (AttributeError, IndexError, KeyError, ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
