# An exception in a guard escapes the match; the traceback points at the guard line.
def score(v):
    match v:
        case {"n": n} if n > 0:
            return "positive"
        case {"n": n} if 100 // n:
            return "nonzero"
        case _:
            return "other"

print(score({"n": 5}))
print(score({}))
try:
    score({"n": "s"})
except TypeError as e:
    print("TypeError", e)
score({"n": 0})
