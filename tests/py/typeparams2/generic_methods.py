# Generic methods inside generic classes: separate parameter scopes, shadowing, __type_params__.
class Registry[K, V]:
    def __init__(self):
        self.items: dict[K, V] = {}
    def add(self, key: K, value: V) -> None:
        self.items[key] = value
    def convert[R](self, fn: "callable[[V], R]") -> "dict[K, R]":
        return {k: fn(v) for k, v in self.items.items()}
    def shadow[K](self, k: K) -> K:
        return k
    @classmethod
    def build[T](cls, pairs: list[tuple[K, T]]) -> "Registry[K, T]":
        r = cls()
        for k, v in pairs:
            r.add(k, v)
        return r
    @staticmethod
    def pick[T](a: T, b: T) -> T:
        return a

r = Registry.build([("a", 1), ("b", 2)])
print(r.items, r.convert(lambda v: v * 10), r.shadow("s"), Registry.pick(1, 2))
print(Registry.__type_params__)
print(Registry.convert.__type_params__, Registry.shadow.__type_params__)
print(Registry.build.__func__.__type_params__, Registry.pick.__type_params__)
K_class = Registry.__type_params__[0]
K_method = Registry.shadow.__type_params__[0]
print(K_class is K_method, K_class.__name__ == K_method.__name__)
ann = Registry.add.__annotations__
print(ann["key"] is K_class, ann["value"] is Registry.__type_params__[1], ann)
print(Registry.shadow.__annotations__["k"] is K_method)
print(Registry.__init__.__type_params__, Registry.add.__type_params__)

class Outer[T]:
    class Inner[U]:
        def both(self) -> "tuple":
            return T, U
        def method[V](self):
            return (T, U, V)
print(Outer.Inner().both(), Outer.Inner().method())
print(Outer.Inner.__type_params__, Outer.Inner.__qualname__)
