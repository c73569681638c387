# __prepare__ must return a mapping; its errors propagate out of the class statement.
class BadMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42
try:
    class C(metaclass=BadMeta): pass
except TypeError as e:
    print(type(e).__name__, e)
class ListMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return []
try:
    class D(metaclass=ListMeta): pass
except TypeError as e:
    print(type(e).__name__, e)
class Raising(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        raise LookupError('prepare failed for ' + name)
try:
    class E(metaclass=Raising, k=1): pass
except LookupError as e:
    print(type(e).__name__, e)
class NoKw(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {}
try:
    class F(metaclass=NoKw, k=1): pass
except TypeError as e:
    print(type(e).__name__, e)
