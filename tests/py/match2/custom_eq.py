# Value patterns call the subject's __eq__ (reflected rules apply); None/True/False don't.
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other!r})")
        return isinstance(other, int) and other == 2
    __hash__ = None
    def __repr__(self):
        return self.name

class Const:
    TWO = 2
    L = Loud("constL")

def f(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case 1:
            return "one"
        case Const.TWO:
            return "two"
        case Const.L:
            return "equals constL"
        case _:
            return "other"

print(f(Loud("subj")))
print(f(2))
print(f(3))

class NotBool:
    def __eq__(self, other):
        return self
    def __bool__(self):
        print("  __bool__ called")
        return False
    __hash__ = None

print(f(NotBool()))

class Raising:
    def __eq__(self, other):
        raise ValueError(f"cannot compare with {other!r}")
    __hash__ = None
try:
    f(Raising())
except ValueError as e:
    print("ValueError", e)
class Sub(int):
    def __eq__(self, other):
        print("  Sub.__eq__", other)
        return int(self) == other + 1
    __hash__ = int.__hash__
print(f(Sub(2)))
