# int() error messages for bad arguments.
cases = [('abc',), ('12a',), ('1.5',), ('',), ('  ',), ('+',), ('-',), ('1e5',), ('0x10',), ('∞',),
         ('10', 1), ('10', 37), ('10', -1), ('10', 99), ('z', 35), ('9', 8), (1.5, 10), (10, 2), (None,),
         ([],), ('10', '2'), ('10', 2.0), (b'12',), (b'12', 16), (bytearray(b'7'),), (b'1x',), (3 + 0j,)]
for args in cases:
    try:
        print(args, int(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int(), int(-0), int(True), int(7.99), int(-7.99), int('  42\n'), int(b' 42 '), int('5', base=10))
for v in [float('inf'), float('-inf'), float('nan')]:
    try:
        int(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int(base=10)
except TypeError as e:
    print(type(e).__name__, e)
