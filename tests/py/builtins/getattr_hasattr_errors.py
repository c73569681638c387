# getattr/hasattr/setattr/delattr: name validation and exception filtering.
class C:
    x = 1
    @property
    def boom(self): raise KeyError('not an AttributeError')
    @property
    def attr_err(self): raise AttributeError('inner')
c = C()
print(getattr(c, 'x'), getattr(c, 'y', 'dflt'), getattr(c, 'attr_err', 'dflt'), hasattr(c, 'attr_err'))
class S(str): pass
print(getattr(c, S('x')), hasattr(c, S('nope')))
for label, thunk in [('getattr boom', lambda: getattr(c, 'boom', 'dflt')), ('hasattr boom', lambda: hasattr(c, 'boom')),
                     ('int name', lambda: getattr(c, 1)), ('int name dflt', lambda: getattr(c, 1, 'd')),
                     ('hasattr int', lambda: hasattr(c, None)), ('setattr int', lambda: setattr(c, 2, 'v')),
                     ('delattr int', lambda: delattr(c, b'x')), ('missing', lambda: getattr(c, 'missing')),
                     ('delattr missing', lambda: delattr(c, 'missing')), ('getattr 1 arg', lambda: getattr(c)),
                     ('getattr 4 args', lambda: getattr(c, 'x', 1, 2)), ('setattr 2 args', lambda: setattr(c, 'x'))]:
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__, e)
setattr(c, 'with space', 1)
print(getattr(c, 'with space'), vars(c))
delattr(c, 'with space')
print(vars(c))
for label, thunk in [('set int attr', lambda: setattr(1, 'x', 2)), ('set builtin type', lambda: setattr(int, 'x', 2)),
                     ('del builtin', lambda: delattr(str, 'upper')), ('set object', lambda: setattr(object(), 'a', 1)),
                     ('set readonly', lambda: setattr(1, 'real', 2)), ('del class attr via inst', lambda: delattr(c, 'x'))]:
    try:
        print(label, thunk())
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)
