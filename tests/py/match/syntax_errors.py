# Patterns that are compile-time errors: CPython's messages.
tests = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'k': a, **a}:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {1: _, 1: _}:\n        pass\n",
    "match x:\n    case {'a': _, 'a': _}:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case [a] | [b]:\n        pass\n",
    "match x:\n    case [a, b] | [a]:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n",
    "match x:\n    case (a as b) as b:\n        pass\n",
    "match x:\n    case [a, (b | a)]:\n        pass\n",
    "match x:\n    case y if y:\n        pass\n    case z:\n        pass\n",
]
for src in tests:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, offset {e.offset})")
