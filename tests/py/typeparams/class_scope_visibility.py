# Annotation scopes inside a class body see the class's names (through __classdict__).
X = "global X"

class Container:
    X = int
    def method[T: X](self, x: T) -> X:
        return x
    type Alias = X

(T,) = Container.method.__type_params__
print(T.__bound__, Container.method.__annotations__, Container.Alias.__value__)

def outer():
    Y = "outer Y"
    class Inner:
        Y = bytes
        def m[T: Y](self): pass
        type A = Y
    return Inner

Inner = outer()
print(Inner.m.__type_params__[0].__bound__, Inner.A.__value__)

class NoShadow:
    def m[T: X](self): pass
print(NoShadow.m.__type_params__[0].__bound__)
