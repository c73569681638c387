# Error messages of basic operations between mismatched types.
none, five = None, 5
cases = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: [1] + (2,),
    lambda: 'a' * 'b',
    lambda: 1 < 'a',
    lambda: [] < {},
    lambda: -'a',
    lambda: ~1.5,
    lambda: None + 1,
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 2 ** 'x',
    lambda: {} + {},
    lambda: 'abc' - 'a',
    lambda: [1, 2] * 1.5,
    lambda: (1,) + [2],
    lambda: none(),
    lambda: five[0],
    lambda: none[0],
    lambda: 'abc'.nope,
    lambda: undefined_thing,
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__ + ':', e)
