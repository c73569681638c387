# chr()/ord() ranges and error messages.
print(chr(0) == '\x00', chr(65), chr(0x10FFFF) == '\U0010ffff', repr(chr(True)), ord('\U0010ffff'))
print(ord(b'A'), ord(bytearray(b'\xff')), ord('é'), ord('\ud800'), chr(0xdfff) == '\udfff')
for thunk in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr(2**64), lambda: chr(-2**64),
              lambda: chr('a'), lambda: chr(65.0), lambda: chr(), lambda: ord(''),
              lambda: ord('ab'), lambda: ord(b'ab'), lambda: ord(b''), lambda: ord(65),
              lambda: ord(None), lambda: ord(['a']), lambda: ord(bytearray())]:
    try:
        print(repr(thunk()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
