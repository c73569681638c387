# Annotation scopes inside class bodies: type params see class attributes, functions do not.
class Config:
    Default = int
    type Alias = Default
    def method[T: Default](self, x: T) -> Default:
        return x
    class Nested[U: Default]:
        pass
    try:
        items = [Default for _ in range(1)]
    except NameError as e:
        print("comprehension in class body: NameError", e)

print(Config.Alias.__value__)
(T,) = Config.method.__type_params__
print(T.__bound__, Config.method.__annotations__)
print(Config.Nested.__type_params__[0].__bound__)
print(hasattr(Config, "items"))

class Later:
    type Fwd = Missing
    Missing = str
print(Later.Fwd.__value__)


Value = "global fallback"
class Fallback:
    type A = Value
print(Fallback.A.__value__)
