# Nested replacement fields in f-string format specs.
width, prec, val = 10, 3, 3.14159265
print(f'{val:{width}.{prec}f}|', f'{val:{width}.{prec}}|', f'{val:<{width}.{prec}e}|', f'{val:^{width}}|')
for w in range(4, 9, 2):
    print(f'{"x":{w}}|{"x":>{w}}|{"x":*^{w}}|{w:0{w}d}|{w:{w}b}|')
fill, align = '-', '>'
print(f'{"v":{fill}{align}{width}}', f'{12345:{","}}', f'{255:{"#"}{"x"}}', f'{1/3:.{prec + 1}%}')
spec = '>+8.2f'
print(f'{val:{spec}}|', f'{-val:{spec}}|', f'{val:{spec[1:]}}|', f'{[1, 2]!r:{width}}|')
print(f'{val:{"." + str(prec)}}|', f'{val:.{prec}{"e"}}', f'{42:{"x" if width > 5 else "d"}}')
d = {'w': 7, 'p': 1}
print(f'{val:{d["w"]}.{d["p"]}f}|', f"{val:{d['w']}.{d['p']}f}|", f'{"s":{d['w']}}|')
print(f'{val:{width}{"."}{prec}}|', f'{val:{"{"}>9}')
try:
    print(f'{val:{"bad"}}')
except ValueError as e:
    print(type(e).__name__, e)
