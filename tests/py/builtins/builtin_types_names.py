# Names and reprs of builtin types.
types = [int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset, range,
         slice, type, object, BaseException, Exception, property, staticmethod, classmethod, super,
         enumerate, zip, map, filter, reversed, memoryview, type(None), type(...), type(NotImplemented)]
for t in types:
    print(t.__name__, repr(t))
print(type(len).__name__, type([].append).__name__, type(iter([])).__name__, type(iter(())).__name__)
print(type({}.keys()).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter('')).__name__)
print(type(x for x in []).__name__, type(lambda: 0).__name__, type(print).__name__, type(int.__add__).__name__)
print(type((1).__add__).__name__, type(object.__init__).__name__, type(str.join).__name__)
