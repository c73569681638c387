# all()/any() stop at the deciding element and use truthiness, not booleans.
consumed = []
def gen(values):
    for v in values:
        consumed.append(v)
        yield v
print(all(gen([1, 2, 0, 3])), consumed)
consumed.clear()
print(any(gen([0, '', 5, 6])), consumed)
consumed.clear()
print(all(gen([])), any(gen([])), consumed)
it = iter([0, 0, 7, 8, 9])
print(any(it), list(it))
print(all([[], 1]), any([[], {}]), all(['0']), any([0.0, 0j, None, False, b'']))
print(type(all([1])).__name__, all('abc'), any({0: 'a'}), all({1: 0}))
class Truth:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v
print(any([Truth(False), Truth(True), Truth(True)]))
print(all([Truth(True), Truth(False), Truth(True)]))
class Bad:
    def __bool__(self): raise RuntimeError('bool failed')
for fn in (all, any):
    try:
        fn([Bad()])
    except RuntimeError as e:
        print(fn.__name__, type(e).__name__, e)
for thunk in [lambda: all(5), lambda: any(None), lambda: all(), lambda: any([1], [2])]:
    try:
        thunk()
    except TypeError as e:
        print(type(e).__name__, e)
