# raise ... from ... sets __cause__ and __suppress_context__.
try:
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError('bad config') from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('no cause') from None
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise IndexError('x') from KeyError('explicit')
except IndexError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError('manual')
e.__cause__ = KeyError('set')
print(repr(e.__cause__), e.__suppress_context__)
