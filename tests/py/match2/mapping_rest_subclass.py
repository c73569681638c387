# **rest always builds a fresh plain dict, even for dict subclasses; order is kept.
class Ordered(dict):
    pass

class Defaulting(dict):
    def __missing__(self, key):
        return "missing!"

class Counting(dict):
    calls = 0
    def get(self, key, default=None):
        Counting.calls += 1
        return super().get(key, default)

def split(m):
    match m:
        case {"id": i, **rest}:
            return i, rest, type(rest).__name__, rest is m
        case {**everything}:
            return None, everything, type(everything).__name__, everything is m

print(split(Ordered(z=1, id=7, a=2, m=3)))
print(split(Ordered(b=1, a=2)))
print(split(Defaulting(q=1)))
d = {"id": 1}
r = split(d)
print(r, r[1] is d)

def need(m):
    match m:
        case {"a": x, "b": y}:
            return x, y
    return "no match"

print(need(Defaulting(a=1)))
c = Counting(a=1, b=2, c=3)
print(need(c), Counting.calls)
Counting.calls = 0
print(need(Counting(x=1)), Counting.calls)

rest_obj = split(Ordered(id=0, k=[1]))[1]
rest_obj["k"].append(2)
rest_obj["new"] = 1
print(rest_obj)

match {1: "a", 2: "b", 3: "c"}:
    case {2: _, **others}:
        print("others", others)
