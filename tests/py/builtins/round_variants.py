# round(): ndigits None/negative, __round__ dispatch, special floats and errors.
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(2.5, None), type(round(2.5, None)).__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(15, -1), round(25, -1))
print(round(123.456, -1), round(123.456, -5), round(1e300, -300), round(0.0, 3), round(-0.0), round(-0.4))
print(round(True), round(False, 2), type(round(True)).__name__, round(2**100 + 1, -30))
class R:
    def __round__(self, n=None): return ('round', n)
class I:
    def __index__(self): return 1
print(round(R()), round(R(), 3), round(R(), None), round(3.14159, I()), round(17, I()))
for thunk in [lambda: round(float('nan')), lambda: round(float('inf')), lambda: round(float('-inf')),
              lambda: round('1.5'), lambda: round(1.5, 'a'), lambda: round(1.5, 1.0), lambda: round(),
              lambda: round(None), lambda: round(1, 2, 3), lambda: round([1])]:
    try:
        print(thunk())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(float('nan'), 2), round(float('inf'), 1), round(1.5, 400), round(1.5, -400))
