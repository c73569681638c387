# float() error messages.
bad = ['x', '', ' ', '1.5.5', '1e', 'e5', '1_', '_1', '1__0', '1._5', '1_.5', '1e_5', '0x10', 'in', 'infinit',
       'nana', '- 1', '1 2', '++1', '1e5.5', 'inf1', 'nan(1)', '1,5', 'ⅷ', '\x00', '1\x00']
for s in bad:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1], '1.5j', 1j, b'x', object]:
    try:
        print(float(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class BadFloat:
    def __float__(self):
        return 'no'
class SubFloat:
    def __float__(self):
        return True
for obj in [BadFloat()]:
    try:
        float(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float('1.5', '2')
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(x='1.5')
except TypeError as e:
    print(type(e).__name__, e)
long_bad = 'y' * 500
try:
    float(long_bad)
except ValueError as e:
    print(type(e).__name__, len(str(e)), str(e)[:45])
