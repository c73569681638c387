# Numeric-only options in a str format spec are rejected.
for spec in [' ', '+', '-', ',', '_', '5,', '<5_', '#', '=', '0=5']:
    try:
        print(repr(spec), repr(format('abc', spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
for spec in [',', '_', ' ']:
    try:
        print(repr(spec), repr('{0:{1}}'.format('abc', spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
    try:
        print(repr(spec), repr(f'{"abc":{spec}}'))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
