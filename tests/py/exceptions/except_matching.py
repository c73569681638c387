# Matching by class hierarchy, tuples, order of clauses, bare except.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-ish ' + type(e).__name__
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except Exception as e:
        return 'other ' + type(e).__name__
for exc in [KeyError('k'), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), LookupError()]:
    print(classify(exc))
try:
    raise SystemExit(0)
except:
    print('bare except catches SystemExit')
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__], [c.__name__ for c in FileNotFoundError.__mro__])
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
def bad_clause():
    try:
        raise ValueError
    except 'not a class':
        pass
try:
    bad_clause()
except TypeError as e:
    print(type(e).__name__, e)
