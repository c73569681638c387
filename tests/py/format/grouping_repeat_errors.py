# A grouping option given twice: the repeated-character error message.
for v in [1234, 1234.5, 'abc', 1 + 2j]:
    for spec in [',,', '__', '10,,', ',,d', '__f']:
        try:
            print(repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), type(v).__name__, type(e).__name__, e)
# The same characters from nested str.format and f-string specs.
for spec in [',,', '__']:
    try:
        print('{0:{1}}'.format(1, spec))
    except ValueError as e:
        print('str.format', repr(spec), type(e).__name__, e)
    try:
        print(f'{2.5:{spec}}')
    except ValueError as e:
        print('f-string', repr(spec), type(e).__name__, e)
