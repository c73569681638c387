# float() parsing of every accepted form.
good = ['1', '1.', '.5', '-.5', '+1.5', '1e5', '1E5', '1e+5', '1e-5', '1.5e3', '  2.5  ', '\t\n3\r\f\v', '1_000.5',
        '1_0e1_0', '0.000_1', 'inf', 'INF', '-inf', '+Inf', 'infinity', '-iNfinity', 'InFiNiTy', 'nan', 'NaN',
        '-nan', '+NAN', '1e500', '-1e500', '1e-500', '-1e-500', '00012', '0e0', '-0', '-0.0', '٣.٥', '１.５',
        '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324', '1.7976931348623158e308',
        '1.7976931348623159e308', '0.1000000000000000055511151231257827', '9' * 400, '.' + '9' * 400]
for s in good:
    print(repr(s) if len(s) < 50 else len(s), repr(float(s)))
print(float(b'1.5'), float(bytearray(b' -2 ')), float(True), float(10**20), float(-7), float(), float(' 1e1'))
class H:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(H()), float(I()))
