# f-strings: expressions, conversions, format specs, nesting, debugging '='.
name, n, pi = 'world', 42, 3.14159
print(f'hello {name}!', f'{n + 1}', f'{n:5d}|{n:<5}|{n:^5}|{n:x}', f'{pi:.2f}', f'{pi!r}')
items = [1, 2]
print(f'{items} {items[0]} {len(items)} {items!s} {"quoted"} {'nested same quotes'}')
width, prec = 10, 3
print(f'[{pi:{width}.{prec}f}]', f'[{"x":>{width}}]')
print(f'{n=}', f'{pi = :.1f}', f'{name!r:>10}', f'{items=}')
print(f'{{escaped}}', f'{3 if n else 4}', f'{(lambda x: x * 2)(5)}', f'{ {"k": 1}["k"] }')
print(f'''multi
line {n}''', f'{n:,}', f'{1234567.891:,.2f}', f'{-n:+}', f'{0.5:%}')
d = {'a': 1}
print(f"{d['a']}", f'{"a" + "b"}', f'{name.upper()}', f'{n:#b}', f'{n:08.3f}')
print(f'{"nested {}".format(1)}', f'{f"{n}"}', f'{n!a}', f'{"é"!a}')
class Fmt:
    def __format__(self, spec):
        return f'<{spec}>'
print(f'{Fmt()} {Fmt():abc} {Fmt():{n}}')
try:
    f'{n:z}'
except ValueError as e:
    print(type(e).__name__, e)
