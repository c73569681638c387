# __new__ and __init__: order, arguments, returning other types, singletons.
class Traced:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('__init__', args)
        self.args = args
t = Traced(1, 2)
print(t.args)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(NotMine())
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
p = Point(1, 2)
print(p, p[0], type(p).__name__, isinstance(p, tuple))
