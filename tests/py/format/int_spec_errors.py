# Invalid format specs for int: the exact ValueError messages.
specs = ['s', 'r', 'a', 'j', 'k', 'y', 'Z', '.', '.x', '5.', 'd5', 'dd', '<<<', '=<5',
         '10.2.3', '+-d', '##x', 'zd', '00x5', ' +d', '1e3', '5,_']
for spec in specs:
    try:
        print(repr(spec), repr(format(42, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
# Huge widths and precisions.
for spec in ['9999999999999999999999', '.9999999999999999999999f', '99999999999999999999d']:
    try:
        print(format(1, spec))
    except ValueError as e:
        print(type(e).__name__, e)
# Spec must be a str.
for spec in [5, None, b'd']:
    try:
        print(format(42, spec))
    except TypeError as e:
        print(type(e).__name__, e)
