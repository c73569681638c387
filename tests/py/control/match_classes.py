# match with builtin class patterns, positional sub-patterns of builtins, and guards.
def kind(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(i) if i > 100:
            return f'big int {i}'
        case int(i):
            return f'int {i}'
        case float(f):
            return f'float {f}'
        case str(s) if not s:
            return 'empty str'
        case str(s):
            return f'str {s}'
        case list([x, *_]):
            return f'list starting {x}'
        case tuple((a, b)):
            return f'tuple {a} {b}'
        case dict({'k': val}):
            return f'dict k={val}'
        case _:
            return f'other {type(v).__name__}'
for v in [True, 500, 5, 2.5, '', 'hi', [9, 8], (1, 2), {'k': 3}, {1}, [], (1,), None]:
    print(kind(v))
