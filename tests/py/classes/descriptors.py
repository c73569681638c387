# Data and non-data descriptors: __get__, __set__, __delete__, precedence.
class Logged:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'descriptor on ' + objtype.__name__
        print('get', self.name)
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value):
        print('set', self.name, value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print('delete', self.name)
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'non-data'
class C:
    a = Logged()
    b = NonData()
c = C()
print(c.a)
c.a = 5
print(c.a, C.a)
c.__dict__['a'] = 'instance dict'
print(c.a)
del c.a
print(c.a)
print(c.b)
c.b = 'shadowed'
print(c.b, C.b)
del c.b
print(c.b)
