# Lazy aliases and bounds in a class read the class's own __dict__ after creation.
class Gone:
    Value = bytes
    type A = Value
del Gone.Value
try:
    print(Gone.A.__value__)
except NameError as e:
    print("NameError", e)

class Changed:
    Bound = int
    type B = Bound
    def m[T: Bound](self): pass
Changed.Bound = str
print(Changed.B.__value__, Changed.m.__type_params__[0].__bound__)

class Added:
    type C = LaterAttr
Added.LaterAttr = float
print(Added.C.__value__)
