# Runtime errors raised while matching: CPython's messages for class patterns and mappings.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class NoArgs:
    pass

class ListArgs:
    __match_args__ = ["x"]

class IntArgs:
    __match_args__ = (1,)
    x = 1

class Two:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, 2

def not_a_class():
    k = len
    match 3:
        case k():
            return "matched"

def too_many():
    match Two():
        case Two(1, 2, 3):
            return "matched"

def no_match_args():
    match NoArgs():
        case NoArgs(1):
            return "matched"

def list_args():
    match ListArgs():
        case ListArgs(1):
            return "matched"

def int_args():
    match IntArgs():
        case IntArgs(1):
            return "matched"

def self_too_many():
    match 5:
        case int(5, 6):
            return "matched"

def duplicate_attr():
    match Two():
        case Two(1, a=1):
            return "matched"

class Keys:
    class K:
        a = 1
        b = 1

def duplicate_key():
    match {1: "x", 2: "y"}:
        case {Keys.K.a: _, Keys.K.b: _}:
            return "matched"

def not_instance_first():
    match "text":
        case NoArgs(1, 2, 3):
            return "matched"
    return "no match, no error"

for f in (not_a_class, too_many, no_match_args, list_args, int_args, self_too_many,
          duplicate_attr, duplicate_key, not_instance_first):
    attempt(f.__name__, f)
