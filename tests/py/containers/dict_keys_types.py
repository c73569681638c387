# Keys of various hashable types; equal keys collapse; NaN keys.
d = {}
d[1] = 'int'
d[1.0] = 'float overwrote int value'
d[(1, 2)] = 'tuple'
d[frozenset({1})] = 'frozenset'
d[None] = 'none'
d['1'] = 'str'
d[b'1'] = 'bytes'
d[range(2)] = 'range'
print(len(d), d[1], list(d.values()))
nan = float('nan')
e = {nan: 1}
e[nan] = 2
e[float('nan')] = 3
print(len(e), list(e.values()))
print({True: 'a', 1: 'b'}, {0: 'x', False: 'y', 0.0: 'z'})
class K:
    pass
k1, k2 = K(), K()
f = {k1: 1, k2: 2}
print(len(f), f[k1], f[k2])
