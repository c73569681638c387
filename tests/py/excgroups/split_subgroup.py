# split and subgroup: types, tuples, predicates, nesting, metadata of the parts.
eg = ExceptionGroup("top", [
    ValueError("v1"),
    ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]),
    KeyError("k"),
])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(TypeError)))
print(repr(eg.subgroup((KeyError, TypeError))))
print(eg.subgroup(OSError))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and "2" in str(e))))
print(eg.subgroup(lambda e: e is eg) is eg)
try:
    eg.split(42)
except TypeError as e:
    print("TypeError", e)
try:
    eg.split(int)
except TypeError as e:
    print("TypeError", e)

try:
    raise eg
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(KeyError)
    print(m.__traceback__ is caught.__traceback__, m.__notes__, m.__notes__ is caught.__notes__)
    print(r.__suppress_context__, m.__cause__)

class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message.upper(), excs)

d = Derived("derived", [ValueError(1), TypeError(2)])
print(repr(d.subgroup(ValueError)))
print(repr(ExceptionGroup("plain", [ValueError(1), TypeError(2)]).derive([KeyError()])))
