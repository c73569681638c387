# Invalid __slots__ definitions raise at class creation.
def attempt(label, make):
    try:
        cls = make()
        print(label, 'ok', cls.__name__)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
def conflict():
    class A:
        __slots__ = ('x',)
        x = 1
    return A
attempt('conflict', conflict)
attempt('nonstr', lambda: type('B', (), {'__slots__': (1,)}))
attempt('ident', lambda: type('C', (), {'__slots__': ('not valid',)}))
attempt('dict twice', lambda: type('D', (type('P', (), {}),), {'__slots__': ('__dict__',)}))
attempt('str slots', lambda: type('I', (), {'__slots__': 'single'}))
attempt('dup', lambda: type('J', (), {'__slots__': ('a', 'a')}))
attempt('weakref', lambda: type('K', (), {'__slots__': ('__weakref__', '__weakref__')}))
I = type('I', (), {'__slots__': 'single'})
print(I.__slots__, hasattr(I(), '__dict__'))
class WithDict:
    __slots__ = ('v', '__dict__')
w = WithDict()
w.v, w.other = 1, 2
print(w.v, w.__dict__)
