# Class-based decorators, decorators that preserve attributes, and method decorators.
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, square.__name__, type(square).__name__)
def method_logger(fn):
    def wrapper(self, *args):
        print(f'{type(self).__name__}.{fn.__name__}{args}')
        return fn(self, *args)
    return wrapper
class Calc:
    @method_logger
    def add(self, a, b):
        return a + b
    @staticmethod
    @CountCalls
    def static_twice(x):
        return 2 * x
print(Calc().add(1, 2), Calc.static_twice(5), Calc.static_twice.calls)
def with_args(prefix):
    def deco(cls):
        cls.tag = prefix + cls.__name__
        return cls
    return deco
@with_args('tag:')
class Tagged:
    pass
print(Tagged.tag)
