# ascii() escapes non-ASCII characters of repr(), including custom __repr__ results.
class U:
    def __repr__(self): return 'Ünïcode ☃ \U0001f600'
print(ascii(U()), repr(U()))
print(ascii('\x7f\x80\xff'), ascii('\u0100\uffff'), ascii('\U00010000'), ascii('\ud800'))
print(ascii({'ключ': ['é', ('ß',)]}), ascii(b'\xff'), ascii(1.5), ascii(None))
class S(str):
    pass
print(ascii(S('ñ')), ascii(['tab\t', 'nl\n', "q'", 'd"']))
print(ascii('😀') == repr('😀').encode('ascii', 'backslashreplace').decode())
class BadRepr:
    def __repr__(self): return 5
try:
    ascii(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    ascii()
except TypeError as e:
    print(type(e).__name__, e)
print(f'{"é"!a}', '%a' % 'é', '{!a}'.format('é'))
