# Nested try statements and propagation through function calls.
def level3():
    raise LookupError('deep')
def level2():
    try:
        level3()
    except KeyError:
        print('level2 does not catch LookupError')
    finally:
        print('level2 finally')
def level1():
    try:
        level2()
    except LookupError as e:
        print('level1 caught', e)
        return 'handled'
print(level1())
try:
    try:
        try:
            raise ValueError(1)
        except TypeError:
            print('no')
        finally:
            print('f1')
    except ValueError as e:
        print('caught', e)
        raise KeyError(2)
    finally:
        print('f2')
except KeyError as e:
    print('outer', e)
