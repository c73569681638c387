# class C[T]: Generic is added to the bases; __type_params__, __parameters__, subscription.
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items)
print(Stack.__type_params__, Stack.__parameters__)
print([c.__name__ for c in Stack.__mro__], Stack.__orig_bases__, Stack.__bases__)
print(Stack[int], type(Stack[int]).__name__)
alias = Stack[str]
inst = alias()
print(type(inst).__name__, inst.__orig_class__)

class Base:
    pass

class Mapping[K, V](Base):
    def get(self, k: K) -> V: ...

print([c.__name__ for c in Mapping.__mro__], Mapping.__parameters__)
print(Mapping[int, str])
try:
    Mapping[int]
except TypeError as e:
    print("TypeError:", e)

class WithMeta[T](metaclass=type):
    pass
print(WithMeta.__type_params__)

class Outer:
    class Inner[T]:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__type_params__)

class Bounded[T: int, S: (str, bytes)]:
    pass
T, S = Bounded.__type_params__
print(T.__bound__, S.__constraints__, T.__constraints__, S.__bound__)
