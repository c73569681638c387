# PEP 701 f-strings: reusing the enclosing quote type, nesting, backslashes.
words = ['alpha', 'beta']
d = {'a': 1, "b'": 2}
print(f"{"nested"}", f'{'single'}', f"{d["a"]}", f'{d['a']}', f"{d["b'"]}")
print(f"{f"{f"{f"{1 + 2}"}"}"}", f'{f'{words[0]!r}'}', f"""{"triple"}""", f'''{'''tri'''}''')
print(f'{"\t".join(words)!r}', f'{"\\".join(words)}', f'{"\N{GREEK SMALL LETTER ALPHA}"}', f'{'\x41'}')
print(f"{'a' if True else 'b'}", f'{"""doc"""}', f'{", ".join(f"{w}:{len(w)}" for w in words)}')
print(f'{f'{"x":>{len(words) + 2}}'}|', f"{'{'}{'}'}", f'{"{}"}', f'{ "spaces" }')
x = 10
print(f'{x}' f'{x + 1}' 'plain' f"{x:{'>'}{5}}", rf'{x}\n', fr'\d{x}', f'{x!r}\N{BULLET}')
print(F'{x}', Rf'{x}\t', f'{x:#x}' + f"{x:o}", f'''{
'multi'
}''')
