# vars and zip.
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
p = P()
print(vars(p))
vars(p)['z'] = 3
print(p.z)
print(list(zip('abc', [1, 2, 3], (True, False, None))))
print(list(zip('abc', range(2))), list(zip([], 'a')), dict(zip('xy', 'XY')))
print(list(zip(*[(1, 'a'), (2, 'b')])))
try:
    list(zip('ab', 'abc', strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip('abc', 'ab', 'abc', strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(5)
except TypeError as e:
    print(type(e).__name__, e)
