# Literal and value patterns: == versus is, negative and complex literals, dotted names.
import sys

class Color:
    RED = 1
    GREEN = 2

class Weird:
    def __eq__(self, other):
        print("Weird.__eq__ with", other)
        return True

def lit(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case -2 - 1j:
            return "negative complex"
        case "a" "b":
            return "concatenated"
        case b"raw":
            return "bytes"
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case _:
            return "other"

for v in (None, True, False, 0, 0.0, 1, -1, 1.5, 2 + 3j, -2 - 1j, "ab", b"raw", 2, 3.0, "x"):
    print(repr(v), lit(v))

print(lit(Weird()))

match 1:
    case True:
        print("1 is True?")
    case 1:
        print("1 == 1")

match True:
    case 1:
        print("True == 1")
