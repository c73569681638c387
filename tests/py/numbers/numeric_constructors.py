# int(), float(), complex() with user classes implementing __int__, __index__, __float__.
class I:
    def __index__(self): return 7
class F:
    def __float__(self): return 2.5
class N:
    def __int__(self): return 9
print(int(I()), int(N()), float(F()), float(I()), complex(F()), range(I())[-1], bin(I()))
class Bad:
    def __float__(self): return 'x'
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(F())
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2][F()]
except TypeError as e:
    print(type(e).__name__, e)
print(int(), float(), complex(), int(-0.0), float(-0), int(' 0012 '), int(b'42'), float(b'1.5'))
class MyInt(int): pass
m = MyInt(5)
print(m, type(m).__name__, type(m + 0).__name__, type(int(m)).__name__, m == 5)
