# PEP 695 classes get Generic appended to their bases even when a base is already generic.
class Base[T]:
    pass

class Child[T](Base[T]):
    pass

class Multi[K, V](Base[V], dict):
    pass

class Concrete(Base[int]):
    pass

for cls in (Base, Child, Multi, Concrete):
    print(cls.__name__, cls.__bases__)
    print("  mro:", [c.__name__ for c in cls.__mro__])
