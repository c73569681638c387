# What __getitem__ receives for each subscript syntax.
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1], s[1, 2], s[1,], s[()], s[...], s[:], s[::], s[1:2], s[1:2:3])
print(s[:, 1], s[1:2, ..., ::3], s[None:None], s['a':'b'], s[[1]:], s[-1:])
rest = (7, 8)
print(s[*rest], s[0, *rest], s[*rest, 9], s[*[], 5])
print(s[lambda: 0, 1][1], s[(x for x in [])].__class__.__name__)
print(type(s[1:2]).__name__, s[1:2].start, s[::2].step, s[:5].stop)
class SetShow:
    def __setitem__(self, key, v): print('set', key, v)
    def __delitem__(self, key): print('del', key)
ss = SetShow()
ss[1:2, 3] = 'v'
ss[...] = None
del ss[::-1]
del ss[0, 1]
ss[*rest] = 'star'
print(s[1:2] == slice(1, 2), s[1:2] == slice(1, 2, None), s[1:2:None] == slice(1, 2))
print(s[True], s[1.5], s[b'x'], s[{'a': 1}['a']])
