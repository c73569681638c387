# f-string conversions !r !s !a combined with specs.
vals = ['text', "it's", 'é', 12, 2.5, None, ('t',), b'b']
for v in vals:
    print(f'{v}|{v!s}|{v!r}|{v!a}|{v!r:>10}|{v!s:.2}|{v!a:*<8}|')
class Both:
    def __repr__(self):
        return 'Both<ü>'
    def __str__(self):
        return 'both'
b = Both()
print(f'{b}', f'{b!s}', f'{b!r}', f'{b!a}', f'{b!r:.4}', f'{b!s:^8}|')
x = 3
print(f'{x!r}', f'{x !r}', f'{ x!r}', f'{x!r:}', f'{x!s:{x}}|')
