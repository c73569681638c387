# Implicit chaining through __context__.
try:
    try:
        raise KeyError('first')
    except KeyError:
        raise ValueError('second')
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise KeyError('a')
    finally:
        raise TypeError('from finally')
except TypeError as e:
    print(repr(e), repr(e.__context__))
def chain():
    try:
        raise OSError('one')
    except OSError:
        try:
            raise ValueError('two')
        except ValueError:
            raise RuntimeError('three')
try:
    chain()
except RuntimeError as e:
    c = e
    names = []
    while c is not None:
        names.append(repr(c))
        c = c.__context__
    print(' <- '.join(names))
try:
    try:
        raise ValueError('same')
    except ValueError as e:
        raise e
except ValueError as e:
    print(repr(e), e.__context__)
