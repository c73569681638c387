# __eq__ without __hash__ makes a class unhashable; __hash__ = None; explicit hashing.
class PlainEq:
    def __eq__(self, o): return True
print(PlainEq.__hash__)
try:
    hash(PlainEq())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {PlainEq()}
except TypeError as e:
    print(type(e).__name__, e)
class Key:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Key) and self.k == o.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return f'Key({self.k})'
d = {Key(1): 'one', Key(2): 'two'}
print(d[Key(1)], Key(2) in d, len({Key(1), Key(1), Key(3)}))
class Inherit(Key):
    pass
print(hash(Inherit(5)) == hash(5))
class Child(Key):
    def __eq__(self, o): return False
try:
    hash(Child(1))
except TypeError as e:
    print(type(e).__name__, e)
class Explicit:
    __hash__ = None
try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)
class Default: pass
x = Default()
print(hash(x) == hash(x), x == x, {x: 1}[x])
class BadHash:
    def __hash__(self): return 'str'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**100
print(type(hash(BigHash())).__name__)
