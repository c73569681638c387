# __set_name__ hooks: ordering, type() creation, late assignment and errors (3.12: no RuntimeError wrap).
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
T = type('T', (), {'a': Field(), 'b': Field(), 'c': 3})
print(T.a.name, T.b.name)
late = Field()
T.late = late
print(hasattr(late, 'name'))
shared = Field()
class Two:
    x = shared
    y = shared
print(shared.name)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('bad name ' + name)
try:
    class Host:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, getattr(e, '__notes__', None))
class NotCallable:
    __set_name__ = 5
try:
    class Host2:
        attr = NotCallable()
except Exception as e:
    print(type(e).__name__, e, getattr(e, '__notes__', None))
class OnClass:
    def __set_name__(self, owner, name):
        print('instance hook', name)
class Holder:
    kind = OnClass
    inst = OnClass()
