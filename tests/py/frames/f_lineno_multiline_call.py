import sys

def lineof():
    return sys._getframe(1).f_lineno

def f(*args):
    return args

r = f(
    1,
    lineof(),
    lineof(),
)
print(r)
d = {
    "a": lineof(),
    "b": lineof(),
}
print(d)
