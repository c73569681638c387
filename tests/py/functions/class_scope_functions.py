# Functions defined in class bodies do not see class-level names.
x = 'module x'
class C:
    x = 'class x'
    def m(self):
        return x
    y = x + '!'
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(C().m(), C.y)
print(C.z, C.w)
def f():
    v = 'function v'
    class D:
        v = 'class v'
        def m(self):
            return v
        u = v
    return D().m(), D.u
print(f())
