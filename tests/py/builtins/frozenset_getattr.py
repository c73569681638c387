# frozenset, getattr, setattr, hasattr, delattr.
print(frozenset(), frozenset([2, 1, 2]), frozenset('a') == frozenset(['a']), len(frozenset(range(5))))
class C:
    cls = 'class attr'
c = C()
setattr(c, 'x', 1)
setattr(c, 'with space', 2)
print(getattr(c, 'x'), getattr(c, 'cls'), getattr(c, 'nope', None), getattr(c, 'with space'), hasattr(c, 'x'), hasattr(c, 'y'))
delattr(c, 'x')
print(hasattr(c, 'x'), vars(c))
for bad in [lambda: getattr(c, 'nope'), lambda: getattr(c, 5), lambda: delattr(c, 'nope'), lambda: setattr(1, 'a', 2),
            lambda: getattr(c), lambda: hasattr(c, None)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class Raises:
    @property
    def p(self):
        raise ValueError('property raised')
try:
    hasattr(Raises(), 'p')
except ValueError as e:
    print('hasattr propagates non-AttributeError:', e)
print(getattr(1, 'real'), getattr('s', 'upper')(), getattr(C, '__name__'))
