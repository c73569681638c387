# Builtins that accept no keyword arguments say so.
calls = [('len', lambda: len(obj=[])), ('abs', lambda: abs(x=1)), ('slice', lambda: slice(start=1)),
         ('range', lambda: range(stop=1)), ('filter', lambda: filter(function=None, iterable=[])),
         ('ord', lambda: ord(c='a')), ('chr', lambda: chr(i=65)), ('hex', lambda: hex(number=1)),
         ('repr', lambda: repr(obj=1)), ('callable', lambda: callable(obj=len)), ('iter', lambda: iter(object=[])),
         ('next', lambda: next(iter([]), default=0)), ('reversed', lambda: reversed(sequence=[])),
         ('isinstance', lambda: isinstance(1, class_or_tuple=int)), ('hash', lambda: hash(obj=1)),
         ('getattr', lambda: getattr(1, name='real')), ('divmod', lambda: divmod(x=1, y=2)),
         ('all', lambda: all(iterable=[])), ('bool', lambda: bool(x=1)), ('float', lambda: float(x=1)),
         ('tuple', lambda: tuple(iterable=[])), ('list', lambda: list(iterable=[])), ('set', lambda: set(iterable=[])),
         ('frozenset', lambda: frozenset(iterable=[])), ('vars', lambda: vars(object=1)),
         ('pow', lambda: pow(base=2, exp=3, mod=5)), ('round', lambda: round(number=2.5, ndigits=None)),
         ('int', lambda: int(x='5')), ('staticmethod', lambda: staticmethod(f=len)), ('str', lambda: str(object=5)), ('enumerate', lambda: enumerate(iterable=[], start=1))]
for name, thunk in calls:
    try:
        r = thunk()
        print(name, 'accepted', type(r).__name__)
    except TypeError as e:
        print(name, type(e).__name__, e)
