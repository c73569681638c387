import sys

def where():
    return sys._getframe(1).f_lineno

def caller():
    a = where()
    b = where()

    c = where()
    return a, b, c

print(caller())
print(where())
x = [where(),
     where()]
print(x)
