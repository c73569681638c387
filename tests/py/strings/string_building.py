# Building text: join vs +=, formatting tables, padding.
rows = [('name', 'qty', 'price'), ('apple', 3, 1.5), ('banana', 12, 0.25), ('kiwi', 100, 12.0)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for r in rows:
    print(' | '.join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(r, widths))))
print('-' * 20)
for name, qty, price in rows[1:]:
    print(f'{name:<8}{qty:>5}{price:>8.2f}{qty * price:>9.2f}')
acc = ''
for i in range(5):
    acc += chr(ord('a') + i) * (i + 1)
print(acc, len(acc))
print('\n'.join(['line1', 'line2']), end='\n--\n')
print(', '.join(f'{k}={v!r}' for k, v in {'a': 1, 'b': 'two'}.items()))
