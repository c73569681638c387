# Subclassing builtin types: list, dict, str, int, Exception.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1])
s.push(2).push(3)
print(s, s.peek(), len(s), type(s).__name__, type(s + [4]).__name__, isinstance(s, list))
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = key * 2
        return self[key]
d = DefaultDict()
print(d[3], d, d.get(4), 4 in d)
class Upper(str):
    def shout(self):
        return self.upper() + '!'
u = Upper('hey')
print(u.shout(), u + 'x', type(u + 'x').__name__, u == 'hey', len(u))
class Money(int):
    def __str__(self):
        return f'${int(self)}'
m = Money(5)
print(m, m + 1, type(m + 1).__name__, repr(m))
class MyList(list):
    def __len__(self):
        return 42
print(len(MyList([1])), bool(MyList()))
class Attrs(list):
    pass
a = Attrs()
a.tag = 'ok'
print(a.tag, a)
