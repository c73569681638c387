# Function decorators: plain, with arguments, stacked, and decorating classes.
def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('return', result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__, add.__wrapped__(5))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hi(name):
    return 'hi ' + name
print(hi('bob'))
order = []
def tag(t):
    order.append('make ' + t)
    def deco(fn):
        order.append('apply ' + t)
        return fn
    return deco
@tag('outer')
@tag('inner')
def f(): pass
print(order)
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A: pass
print(registry)
@lambda fn: fn()
def computed():
    return 'computed at definition'
print(computed)
