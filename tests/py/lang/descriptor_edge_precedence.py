# Attribute lookup precedence with unusual descriptors.
class MetaDesc:
    def __get__(self, obj, owner):
        return f'meta descriptor obj={type(obj).__name__} owner={owner.__name__}'
    def __set__(self, obj, v): pass
class Meta(type):
    attr = MetaDesc()
    plain = 'meta plain'
class K(metaclass=Meta):
    attr = 'class attr'
print(K.attr)
print(K.plain, hasattr(K(), 'plain'))
class OwnerSeen:
    def __get__(self, obj, owner=None):
        return (obj is None, owner.__name__ if owner else None)
class Host:
    d = OwnerSeen()
class Sub(Host): pass
print(Host.d, Sub.d, Sub().d)
print(Host.__dict__['d'].__get__(None, Sub), Host.__dict__['d'].__get__(Host()))
class Inst:
    pass
i = Inst()
i.desc = OwnerSeen()
print(type(i.desc).__name__)
def method(self): return 'bound to ' + type(self).__name__
print(method.__get__(i)(), method.__get__(None, Inst) is method)
