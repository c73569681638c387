# Class bodies are executed top to bottom like code; __qualname__, __module__ in the namespace.
print('before class')
class C:
    print('in class body', __qualname__, __module__)
    x = 1
    y = x + 1
    for i in range(3):
        x += i
    del i
    if x > 2:
        big = True
    def f(self):
        return self.x
print('after class', C.x, C.y, C.big, hasattr(C, 'i'), C().f())
class Outer:
    class Inner:
        print('inner', __qualname__)
    print('outer', __qualname__)
def make(n):
    class K:
        value = n
    return K
print(make(1).value, make(2).value, make(1) is make(1))
