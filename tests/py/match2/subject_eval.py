# The subject is evaluated exactly once; patterns and guards see that one value.
calls = 0
def subject():
    global calls
    calls += 1
    print("  evaluating subject", calls)
    return [calls, calls * 10]

match subject():
    case [2, _]:
        print("two")
    case [1, x] if x == 20:
        print("bad")
    case [1, x]:
        print("one with", x)
print("calls", calls)

it = iter([1, 2])
match it:
    case [a, b]:
        print("iterator matched")
    case _:
        print("iterator not a sequence, still has", list(it))
