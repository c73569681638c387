# Star captures always produce a new list, whatever the sequence type.
def grab(v):
    match v:
        case [first, *middle, last]:
            return first, middle, last
        case [*all_]:
            return all_

for v in ((1, 2, 3, 4), range(5), [1, 2], (9,), (), [[1], [2], [3]]):
    r = grab(v)
    print(repr(v), r)

t = (1, 2, 3)
match t:
    case [*copy]:
        print(type(copy).__name__, copy == list(t), copy is t)

lst = [1, 2, 3]
match lst:
    case [*copy]:
        print(copy == lst, copy is lst)
        copy.append(4)
        print(lst, copy)

match range(10, 20, 3):
    case [a, *mid, b]:
        print(a, mid, b)

match [1, 2, 3, 4, 5]:
    case [*head, 4, 5]:
        print("head", head)
match [1, 2, 3, 4, 5]:
    case [1, *_, x, y]:
        print("last two", x, y)
match ["a"]:
    case ["a", *rest]:
        print("empty rest", rest)
match (i * i for i in range(3)):
    case [*xs]:
        print("generator?", xs)
    case _:
        print("generators are not sequences")
