# abs, all, any, ascii, bin, bool.
print(abs(-3), abs(2.5), abs(-0.0), abs(1 - 1j), abs(False))
print(all([1, 2]), all([1, 0]), all(''), any('a'), any([None, 0.0]), all(iter([])), any(x for x in [0, 3]))
print(ascii('abc'), ascii('é€'), ascii(['ü', 1]), ascii("'"), ascii('\n'))
print(bin(10), bin(-10), bin(0), bool(), bool([]), bool([[]]), bool(0.0), bool(-0.0), bool('0'))
class A:
    def __abs__(self): return 'abs called'
print(abs(A()))
try:
    bin(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
