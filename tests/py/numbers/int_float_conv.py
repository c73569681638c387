# Conversions between int, float and str.
print(int(3.9), int(-3.9), int(3.0), int('42'), int('  -17  '), int('1_000'), int(True), int(1e20))
print(float(3), float('3.5'), float('-inf'), float('1e3'), float(' 12 '), float(2 ** 60), float(True))
print(int(2.5e18), int(-0.5), int(float(2 ** 63)), 2 ** 53 + 1 == float(2 ** 53 + 1))
print(int('0x1f', 16), int('0o17', 0), int('0b101', 0), int('z', 36), int('777', 8), int('-ff', 16), int('0', 0))
for bad in ['3.5', '', ' ', '1e5', '0x10', '١٢', '12a', '--1']:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ['abc', '', '1.2.3', '0x10', 'infinity', 'nan', '1e', ' -1.5e-3 ']:
    try:
        print(repr(bad), float(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [float('inf'), float('nan')]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int('10', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(2 ** 2000)
except OverflowError as e:
    print(type(e).__name__, e)
