# LEGB name resolution.
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        return x
    return inner()
def local():
    x = 'local'
    return x
def reads_global():
    return x
print(outer(), local(), reads_global(), x)
def shadow_builtin():
    len = 'shadowed'
    return len
print(shadow_builtin(), len('abc'))
def unbound():
    print(x)
    x = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
y = 1
def set_global():
    global y, z
    y = 2
    z = 3
set_global()
print(y, z)
