# `match`, `case` and `_` remain ordinary names outside match statements.
match = [1, 2, 3]
case = {"a": 1}
_ = "underscore"
print(match[0], case["a"], _)

def match(*args):
    return args

print(match(1, 2))
match (1, 2):
    case (a, b):
        print("tuple", a, b)

print(match.__name__)  # the function is untouched by the statement

class case:
    pass

match case:
    case type():
        print("a class named case")

x = [("a", 1), ("b", 2)]
for item in x:
    match item:
        case (name, 1):
            print(name, "is one")
        case (name, n):
            print(name, "is", n)
