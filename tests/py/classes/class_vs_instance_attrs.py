# Class attributes vs instance attributes, shadowing and shared mutables.
class C:
    shared = []
    count = 0
    def __init__(self):
        self.own = []
        C.count += 1
a, b = C(), C()
a.shared.append('x')
a.own.append('y')
print(b.shared, b.own, C.count, a.count)
a.count = 100
print(a.count, b.count, C.count)
print(sorted(a.__dict__), sorted(k for k in C.__dict__ if not k.startswith('__')))
C.new_attr = 'added later'
print(a.new_attr, b.new_attr)
a.__dict__['direct'] = 1
print(a.direct, vars(a) is a.__dict__)
def method(self):
    return 'late method'
C.late = method
print(a.late())
print(type(C.__dict__).__name__)
try:
    C.__dict__['x'] = 1
except TypeError as e:
    print(type(e).__name__, e)
