# Messages for int <-> float overflow.
big = 10**400
for action in [lambda: float(big), lambda: big + 0.5, lambda: big * 1.0, lambda: big < float('inf') and float(big),
               lambda: big // 1.5, lambda: big / 0.5, lambda: big % 2.5, lambda: 0.5 < big,
               lambda: float(-big), lambda: 1e308 * 10, lambda: -1e308 - 1e308, lambda: divmod(big, 2.0)]:
    try:
        print(action())
    except OverflowError as e:
        print(type(e).__name__, e)
print(big < float('inf'), -big > float('-inf'), big > 1e308, big == float('inf'), float(2**1023) * 2)
try:
    print(big // 3 / 1)
except OverflowError as e:
    print(type(e).__name__, e)
for v in [float('inf'), float('-inf'), float('nan')]:
    for f in [int, lambda x: x.as_integer_ratio(), round]:
        try:
            print(f(v))
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
print(float(2**1024 - 2**970 - 1), int(1.7976931348623157e308) == 2**1024 - 2**971)
try:
    float(2**1024 - 2**970)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print((10**400) // (10**399) * 1.0, (10**400) / (10**399))
except OverflowError as e:
    print(type(e).__name__, e)
