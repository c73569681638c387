# PEP 701: arbitrary nesting depth, reused quotes, nested f-strings in specs.
n = 3
print(f"{f"{f"{f"{f"{n}"}"}"}"}")
print(f'{'a' + f'{'b' + f'{'c'}'}'}')
print(f"{'|'.join(f"{i}{f"{'x' * i}"}" for i in range(n))}")
items = {'x': [1, 2], 'y': [3]}
print(f"{", ".join(f"{k}={"+".join(f"{v}" for v in vs)}" for k, vs in items.items())}")
print(f"{n:{f"{n}"}}|", f"{n:{f"{'>'}"}{n + 2}}|")
print(f"{"{"}{"}"}", f"{'{{'}", f"{{{n}}}")
print(len(f"{"".join(["ab"] * 3)}"))
nested = f"{f'{f"{1}"}'}"
print(nested, type(nested).__name__)
print(f"{'''x'''}{"""y"""}", f'''{f"""{f'{n}'}"""}''')
def g():
    return f"{f"{(yield 1)}"}"
it = g()
print(next(it))
try:
    it.send('sent')
except StopIteration as e:
    print('returned', e.value)
print(f"{[f"{x}" for x in range(2)]}")
print(f"{ {f"{k}": v for k, v in [(1, 2)]} }")
