# __getitem__/__setitem__/__delitem__ with ints, slices and tuples.
class Grid:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print('get', key)
        return self.data.get(key, 0)
    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.data[key]
g = Grid()
g[1, 2] = 'a'
print(g[1, 2], g[0])
g[1:5:2] = 'sliced'
print(g[1:5:2])
g[::] = 'all'
g[..., 0] = 'ell'
print(sorted(map(repr, g.data)))
del g[1, 2]
g[1, 2] += 'x' if False else 1
try:
    del g['missing']
except KeyError as e:
    print(type(e).__name__, e)
class RO:
    def __getitem__(self, i): return i
try:
    RO()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del RO()[0]
except TypeError as e:
    print(type(e).__name__, e)
print(RO()[-1], RO()['k'], RO()[1:2])
