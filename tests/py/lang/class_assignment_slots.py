# __class__ assignment requires identical slot layouts.
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
class S3:
    __slots__ = ('a',)
class S4:
    __slots__ = ('a', 'b')
class D1:
    pass
s = S1()
s.a = 'kept'
for target in (S2, S4, D1, S3):
    try:
        s.__class__ = target
        print('ok', type(s).__name__, s.a)
    except TypeError as e:
        print(type(e).__name__, e)
d = D1()
try:
    d.__class__ = S1
except TypeError as e:
    print(type(e).__name__, e)
