# 1, True and 1.0: literal patterns compare with == except True/False/None (identity).
def lit(v):
    match v:
        case True:
            return "True literal"
        case 1:
            return "1 literal"
        case 0.5:
            return "0.5 literal"
        case False:
            return "False literal"
        case 0:
            return "0 literal"
    return "no literal"

for v in (True, 1, 1.0, 1 + 0j, False, 0, 0.0, -0.0, 0.5, 1 / 2, "1"):
    print(repr(v), lit(v))

def cls(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case complex(real=r):
            return f"complex with real {r}"
    return "other"

for v in (True, 2, 2.0, 2j, "2"):
    print(repr(v), cls(v))

def nums(v):
    match v:
        case [1, 2]:
            return "one two"
        case [True, x]:
            return f"starts True, then {x!r}"
        case {1: x}:
            return f"key 1 -> {x!r}"
    return "none"

print(nums([1.0, 2.0]), nums((True, 2)), nums([True, 3]), nums([1, 3]))
print(nums({True: "t"}), nums({1.0: "f"}))
