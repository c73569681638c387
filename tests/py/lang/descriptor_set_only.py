# A data descriptor without __get__: reads see the instance dict, else the descriptor itself.
class SetOnly:
    def __set__(self, obj, value):
        print('SetOnly.__set__', value)
        obj.__dict__['s'] = value * 2
    def __repr__(self):
        return 'SetOnly()'
class C:
    s = SetOnly()
c = C()
print(c.s)
c.s = 4
print(c.s, C.s, c.__dict__)
c.__dict__['s'] = 'direct'
print(c.s)
class DelOnly:
    def __delete__(self, obj):
        print('DelOnly.__delete__')
    def __repr__(self):
        return 'DelOnly()'
class E:
    d = DelOnly()
e = E()
e.__dict__['d'] = 'inst'
print(e.d)
del e.d
print(e.__dict__)
try:
    e.d = 5
except AttributeError as ex:
    print(type(ex).__name__, ex)
