# Lambdas, dicts, walrus and other tricky expressions inside f-strings.
print(f'{(lambda x: x * 2)(21)}', f'{(lambda: "lam")()}', f'{(lambda a, b=2: a + b)(1)}')
d = {'key': 'value', 1: 'one', ('t', 1): 'tuple'}
print(f'{d["key"]}', f"{d['key']}", f'{d[1]}', f'{d["t", 1]}', f'{d.get("nope", "default")}')
print(f'{ {"a": 1}["a"] }', f'{ {1, 2} == {2, 1} }', f'{ {k: v for k, v in [(1, 2)]} }')
print(f'{(y := 5)}', y, f'{(z := 3) * z}', f'{[i * i for i in range(4)]}', f'{(*range(3),)}')
print(f'{"yes" if d else "no"}', f'{not d}', f'{d and 1}', f'{-1 if 0 else +2}')
print(f'{3:{"<"}5}|', f'{(3, 4)}', f'{3, 4}', f'{*[1, 2],}', f'{[1, 2][::-1]}')
s = 'abc'
print(f'{s[1:]}', f'{s[::-1]}', f'{s[:2]!r}', f'{s.upper():>{len(s) + 2}}', f'{s[0]:{s[0]}>4}')
print(f'{len("}")}', f'{"{" + "}"}', f'{ord("{")}', f'{"!r"}', f'{"a:b"}', f'{"="}')
print(f'{(lambda: f"{1 + 1}")()}', f'{[f"{i:02}" for i in range(3)]}', f'{ f"{s!r}"!r}')
