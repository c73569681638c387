# Functions are objects: stored in containers, passed around, compared, given attributes.
def a(): return 'a'
def b(): return 'b'
table = {'first': a, 'second': b}
print(table['first'](), [f() for f in table.values()], a == a, a == b, a is table['first'])
def apply(f, *args):
    return f(*args)
print(apply(max, 3, 9), apply(len, 'abc'), apply(lambda: 'no args'))
a.counter = 0
def bump():
    a.counter += 1
bump(); bump()
print(a.counter, sorted(a.__dict__))
print(type(a).__name__, a.__module__, a.__code__.co_name, callable(a))
funcs = sorted([b, a], key=lambda f: f.__name__)
print([f.__name__ for f in funcs])
try:
    a < b
except TypeError as e:
    print(type(e).__name__, e)
print(hash(a) == hash(a), {a: 1}[a])
