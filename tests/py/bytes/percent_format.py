# %-formatting of bytes.
print(b'%s|%b' % (b'abc', bytearray(b'de')), b'%d %i %x %X %o' % (255, -3, 255, 255, 8), b'%5.2f|%-6s|' % (3.14159, b'ab'))
print(b'%c%c' % (65, b'B'), b'%r' % 'é', b'%a' % 'x\n', b'%%' % (), b'%(k)s' % {b'k': b'v'})
print(b'%05d' % -42, b'%+.3e' % 12345.678, b'%#x %#o' % (10, 10), b'%.1s' % b'xyz')
print(bytearray(b'%s-%s') % (b'a', b'b'), type(bytearray(b'%s') % b'x').__name__)
class HasBytes:
    def __bytes__(self):
        return b'custom'
print(b'%s' % HasBytes(), b'%g %G' % (1e20, 1e-20))
bads = [lambda: b'%s' % 'str', lambda: b'%s' % 5, lambda: b'%d' % b'1', lambda: b'%c' % 256, lambda: b'%c' % b'ab',
        lambda: b'%s %s' % (b'a',), lambda: b'%s' % (b'a', b'b'), lambda: b'%z' % 1, lambda: b'%(k)s' % (1,),
        lambda: b'%x' % 1.5, lambda: b'%c' % 'a']
for bad in bads:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
