# class B[T](A[T]): __orig_bases__, __parameters__, __bases__ and the MRO with Generic.
class Base[T]:
    def get(self) -> T:
        return self.value

class Child[T](Base[T]):
    def __init__(self, v: T):
        self.value = v

class Concrete(Base[int]):
    value = 5

class Multi[K, V](Base[V], dict):
    pass

class Reordered[A, B](Base[B]):
    pass

for cls in (Base, Child, Concrete, Multi, Reordered):
    print(cls.__name__)
    print("  orig:", cls.__orig_bases__)
    print("  params:", getattr(cls, "__parameters__", None), cls.__type_params__ if "__type_params__" in vars(cls) else "()")
    print("  mro has Generic:", any(c.__name__ == "Generic" for c in cls.__mro__))

print(Child(3).get(), Concrete().get())
(T_child,) = Child.__type_params__
print(Child.__orig_bases__[0].__args__[0] is T_child)
print(Reordered[int, str], Reordered[int, str].__args__)
print(issubclass(Child, Base), isinstance(Child(1), Base), isinstance(Child[int](1), Child))
