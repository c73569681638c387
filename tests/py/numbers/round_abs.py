# round() with banker's rounding and ndigits, abs(), and float methods.
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.25, 1))
print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(3.14159, 3), round(7), round(7.0), type(round(7.0)).__name__, type(round(7.0, 0)).__name__)
print(round(0.1 + 0.2, 10), round(1e20), round(-0.4), round(5, 2), round(15, -1), round(25, -1))
print(abs(-5), abs(5), abs(-3.5), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(3 + 4j))
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (5).as_integer_ratio())
print((10).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'), (-1).to_bytes(2, 'big', signed=True))
print(float.fromhex('0x1.8p1'), (1.5).hex(), (3).conjugate(), (3).real, (3).imag, (3).numerator, (3).denominator)
for bad in [lambda: round(float('inf')), lambda: round(float('nan')), lambda: round('1')]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
