# Error messages of str.maketrans and str.translate with bad keys and values.
bads = [lambda: str.maketrans({1.5: 'a'}), lambda: str.maketrans({None: 'a'}), lambda: str.maketrans(1, 2),
        lambda: str.maketrans('a', 'b', 3), lambda: str.maketrans('a', b'b'), lambda: 'a'.translate({97: 0x110000}),
        lambda: 'a'.translate({97: -1}), lambda: 'a'.translate({97: 2 ** 70})]
for bad in bads:
    try:
        print(repr(bad()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
