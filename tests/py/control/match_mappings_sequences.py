# match: sequence patterns do not match str/bytes; mapping patterns ignore extra keys.
def f(v):
    match v:
        case []:
            return 'empty sequence'
        case [x]:
            return f'one element {x!r}'
        case [x, y, *rest] if rest:
            return f'{x},{y} and {len(rest)} more'
        case [_, _]:
            return 'exactly two'
        case {}:
            return 'some mapping'
        case _:
            return 'no match'
for v in [[], (), [1], 'a', 'ab', b'ab', [1, 2], (1, 2, 3, 4), {}, {'any': 1}, range(3), 5]:
    print(repr(v), '->', f(v))
match {'a': 1, 'b': 2}:
    case {'a': 1, **others} if others:
        print('others', others)
match [1, [2, 3]]:
    case [a, [b, c]] as whole:
        print(a, b, c, whole)
