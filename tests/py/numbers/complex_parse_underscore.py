# complex() with misplaced underscores reports "could not convert string to complex".
for s in ['1_0j', '1_0+2_0j', '(1_5)', '1__0j', '_1j', '1_j', '1_+2j', '1e_1j', '(1__2)', 'j_']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
# Valid underscore placements still parse.
for s in ['1_0.5_0j', '(1_0-2_0j)', '1e1_0j', '0.0_1+1_0j']:
    print(repr(s), complex(s))
for s in ['1_0.5__0j', '(_1+1j)', '1+1j_']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
