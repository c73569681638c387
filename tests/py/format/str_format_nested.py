# Nested replacement fields inside format specs.
for w, p in [(8, 2), (10, 4), (3, 0)]:
    print('{:{w}.{p}f}|'.format(3.14159, w=w, p=p), '{0:{1}.{2}f}|'.format(2.71828, w, p), f'{3.14159:{w}.{p}f}|')
print('{:{fill}{align}{width}}'.format('x', fill='*', align='^', width=7), '{:{}}'.format('y', '>3'))
print('{0:{1}{2}}'.format(255, '#', 'x'), '{:{}{}{}}'.format(255, '0', '8', 'b'), '{:{}}'.format(1234567, ','))
print('{0:{1}}'.format('abc', ''), '{0:>{1}}'.format('abc', 0), '{0:{1}}{0:{2}}'.format(1, 'x', 'o'))
print('{0:{a[0]}}'.format(5, a=['>3']), '{0:{b.real}}'.format(6, b=4), '{0:{k[w]}}|'.format('z', k={'w': 4}))
# Nesting is limited to depth 2.
for fmt, args in [('{:{:{}}}', (1, 2, 3)), ('{0:{1:{2}}}', (1, 2, 3)), ('{:{}', (1, 2)), ('{:}}', (1,)),
                  ('{0:{x}}', (1,)), ('{:{}}', (1,)), ('{0:{1}}', (1, 'q'))]:
    try:
        print(repr(fmt), repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
w = 6
print(f'{"ab":{w}}|{"ab":>{w}}|{"ab":{"^"}{w + 2}}|{12:{"#x"}}|{1/3:.{w // 2}}|')
print(f'{3.5:{"*"}^{w}.{1}f}', f'{[1, 2]!r:>{w * 2}}', f'{"n":{"x"}<{3}}')
