# match: value patterns, nested patterns, mapping rest, tuple vs str.
class Color:
    RED = 'red'
    GREEN = 'green'
def f(v):
    match v:
        case Color.RED:
            return 'is red'
        case (1, (2, z)):
            return f'nested z={z}'
        case {'a': 1, **rest}:
            return f'a=1 rest={rest}'
        case 'abc':
            return 'literal string'
        case [*_, 'end']:
            return 'ends with end'
        case float() | complex():
            return 'floaty'
        case True:
            return 'true'
        case _:
            return 'no match'
for v in ['red', 'green', (1, (2, 3)), [1, [2, 'x']], {'a': 1, 'b': 2, 'c': 3},
          'abc', ['x', 'end'], 'end', 2.0, 1j, True, 1]:
    print(repr(v), '->', f(v))
match 5:
    case x:
        pass
print('capture leaked:', x)
