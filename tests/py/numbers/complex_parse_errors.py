# complex() error messages.
bad = ['', ' ', 'x', '1+', '1+2', '1+2i', 'j1', '1jj', '(1+2j', '1+2j)', '()', '1 + 2j', '+-1j', '1e', 'i',
       '1+j2', '((1))', 'nan+', 'infi', '1.5.5', '\x00']
for s in bad:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for args in [('1', 2), (1, '2'), ('1', '2'), (None,), ([],), (1, None), (b'1',), ({},)]:
    try:
        print(args, complex(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Bad:
    def __complex__(self):
        return 1
try:
    complex(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
