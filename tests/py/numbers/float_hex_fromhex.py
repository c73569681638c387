# float.hex and float.fromhex.
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14159, 1e-310, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 1/3, 1024.0]:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v)
print(float('inf').hex(), float('-inf').hex(), float('nan').hex())
for s in ['0x1p0', '0X1P0', '0x1.8p1', '-0x1p-2', '0x.8p0', '0x1.', '1p4', 'a', '  0x1p-1074 ',
          '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076', '0x1.fffffffffffffp+1023', 'inf', '-Infinity', 'nan', '+0x0p0',
          '0x10p0', '0x0.0000000000001p-1022', '0x1p+1']:
    print(repr(s), repr(float.fromhex(s)))
for s in ['0x1p1024', '0x1.fffffffffffff8p1023', '0x2p1023', '0x', '', 'x1p0', '0x1p', '0x1.8p1.5', '1e5', '0x1p0 x', '0x1_0p0', '-', '0xg']:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
class F(float):
    pass
print(type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'))
