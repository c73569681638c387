# Wrong argument counts to builtin functions and their exact messages.
calls = [('len', lambda: len()), ('isinstance', lambda: isinstance(1)), ('issubclass', lambda: issubclass(int, int, int)),
         ('getattr', lambda: getattr(1)), ('setattr', lambda: setattr(1, 'a')), ('delattr', lambda: delattr(1)),
         ('hasattr', lambda: hasattr(1)), ('divmod', lambda: divmod(1, 2, 3)), ('pow', lambda: pow(1, 2, 3, 4)),
         ('pow0', lambda: pow(1)), ('round', lambda: round()), ('sorted', lambda: sorted()), ('min', lambda: min()),
         ('sum', lambda: sum()), ('chr', lambda: chr(1, 2)), ('ord', lambda: ord()), ('repr', lambda: repr()),
         ('hash', lambda: hash()), ('id', lambda: id()), ('callable', lambda: callable(1, 2)), ('format', lambda: format(1, 2, 3)),
         ('vars', lambda: vars(1, 2)), ('dir', lambda: dir(1, 2)), ('iter', lambda: iter(1, 2, 3)), ('next', lambda: next()),
         ('zip ok', lambda: list(zip())), ('map', lambda: map(len)), ('filter', lambda: filter(len)), ('range', lambda: range()),
         ('enumerate', lambda: enumerate()), ('type', lambda: type(1, 2)), ('object', lambda: object(1)),
         ('exec', lambda: exec()), ('eval', lambda: eval()), ('compile', lambda: compile('1', 'f')),
         ('globals', lambda: globals(1)), ('locals', lambda: locals(1)), ('abs', lambda: abs(1, 2)), ('bin', lambda: bin()),
         ('ascii', lambda: ascii(1, 2)), ('any', lambda: any()), ('max', lambda: max()), ('reversed', lambda: reversed()),
         ('super', lambda: super(1, 2, 3)), ('classmethod', lambda: classmethod(1, 2)), ('classmethod0', lambda: classmethod()), ('staticmethod', lambda: staticmethod(1, 2)), ('print ok', lambda: print(end=''))]
for name, thunk in calls:
    try:
        r = thunk()
        print(name, 'returned', repr(r))
    except TypeError as e:
        print(name, type(e).__name__, e)
