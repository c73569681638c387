# object.__format__ argument checking.
class P:
    def __str__(self):
        return 'p'
p = P()
print(object.__format__(p, ''), P.__format__(p, ''), type(object.__format__(p, '')).__name__)
for args in [(p, 5), (p, None), (p, b''), (p,), (p, '', '')]:
    try:
        print(repr(object.__format__(*args)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(repr(p.__format__(1)))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(repr(format(p, 3)))
except TypeError as e:
    print(type(e).__name__, e)
