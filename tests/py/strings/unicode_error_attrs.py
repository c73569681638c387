# Attributes, str() and args of UnicodeEncodeError / UnicodeDecodeError.
try:
    'abé€d'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, ascii(e.object), e.start, e.end, e.reason, len(e.args), ascii(e.args))
    print(str(e))
    print(isinstance(e, UnicodeError), isinstance(e, ValueError), UnicodeEncodeError.__mro__[1].__name__)
try:
    b'ab\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
    print(str(e))
try:
    'x\udc80'.encode('utf-8')
except UnicodeEncodeError as e:
    print(ascii(e.args), e.start, e.end)
try:
    '\u20ac'.encode('latin-1', 'strict')
except UnicodeError as e:
    print(type(e).__name__, e.args)
