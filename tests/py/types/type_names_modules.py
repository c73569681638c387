# __name__, __qualname__, __module__ and repr of builtin types.
d = {}
types_ = [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range,
          slice, property, super, BaseException, Exception, type(d.keys()), type(d.values()), type(d.items()), staticmethod, classmethod]
for T in types_:
    print(T.__name__, T.__qualname__, T.__module__, repr(T))
