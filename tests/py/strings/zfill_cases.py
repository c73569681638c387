# zfill handles signs and short widths.
for s in ['42', '-42', '+42', '', '-', '+', 'abc', '--1', ' -1', '3.14', '-0.5e3', 'ü']:
    print(repr(s.zfill(6)), repr(s.zfill(0)), repr(s.zfill(-2)), repr(s.zfill(len(s))))
print(b'-12'.zfill(5), bytearray(b'+7').zfill(4))
for bad in [lambda: '1'.zfill(), lambda: '1'.zfill('3'), lambda: '1'.zfill(2.0)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
