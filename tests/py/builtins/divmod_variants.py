# divmod(): sign rules, float results, custom __divmod__/__rdivmod__ and errors.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**70, 3), (-1, 2**70)]:
    print(a, b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7, -2.5), (1e300, 1e-300), (-0.0, 1.0), (5, float('inf')), (-5, float('inf'))]:
    print(a, b, divmod(a, b))
print(divmod(True, 2), divmod(10, True))
class D:
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
print(divmod(D(), 3), divmod(3, D()))
class N:
    def __divmod__(self, o): return NotImplemented
for thunk in [lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: divmod(1, 0.0),
              lambda: divmod(1j, 1), lambda: divmod('a', 1), lambda: divmod(N(), 1),
              lambda: divmod(1), lambda: divmod(float('nan'), 1)]:
    try:
        print(thunk())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
