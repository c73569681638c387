# Nonempty __slots__ on variable-size builtins and conflicting slot layouts are rejected.
def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', cls.__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)
attempt('int sub', lambda: type('E', (int,), {'__slots__': ('a',)}))
attempt('tuple sub', lambda: type('F', (tuple,), {'__slots__': ('a',)}))
attempt('bytes sub', lambda: type('G', (bytes,), {'__slots__': ('a',)}))
attempt('int empty', lambda: type('H', (int,), {'__slots__': ()}))
class S1:
    __slots__ = ('a',)
class S2:
    __slots__ = ('b',)
class S0:
    __slots__ = ()
attempt('layout', lambda: type('L', (S1, S2), {}))
attempt('empty ok', lambda: type('M', (S1, S0), {}))
attempt('dict list', lambda: type('N', (S1, dict), {}))
