# Sequence patterns: what counts as a sequence, star positions, lengths.
import sys

class MyList(list):
    pass

def kind(s):
    match s:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case [x, *rest, y]:
            return f"first {x!r} last {y!r} middle {rest!r}"
        case _:
            return "not a sequence"

for s in ([], [1], (1, 2), [1, 2, 3, 4], range(3), range(0), MyList([9, 8]),
          "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 42, iter([1, 2])):
    print(type(s).__name__, kind(s))

def starred(s):
    match s:
        case [*_]:
            return "any sequence"

print(starred([]), starred(()), starred("x"))

def nested(s):
    match s:
        case [[a, b], [c, [d, *e]]]:
            return a, b, c, d, e
    return None

print(nested([[1, 2], [3, [4, 5, 6]]]))
print(nested([[1, 2], [3, [4]]]))
print(nested([[1, 2], [3, []]]))

def tail(s):
    match s:
        case [*_, a, b]:
            return a, b
        case [a, *_]:
            return (a,)

print(tail([1, 2, 3, 4]), tail((9,)), tail(range(10, 20)))
