# __bases__, __mro__ and subclassability of builtin types.
for T in [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range,
          slice, property, super, BaseException, Exception]:
    try:
        class Sub(T):
            pass
        sub = True
    except TypeError as e:
        sub = str(e)
    print(T.__name__, [b.__name__ for b in T.__bases__], [m.__name__ for m in T.__mro__], sub)
