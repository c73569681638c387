# str methods called on a str subclass return exact str, even when nothing changes.
class S(str):
    pass
s = S('Hello')
results = [s.removeprefix(''), s.removesuffix('x'), s.replace('z', 'y'), s.strip(), s.lower().upper(), s.upper(),
           s.center(2), s.ljust(3), s.zfill(1), s[:], s + '', s * 1, ''.join([s]), s.expandtabs(), s.title(),
           s.translate({}), s.casefold(), s.format(), s.__str__(), str(s), s.swapcase().swapcase(), s.partition('z')[0],
           s.split()[0], s.splitlines()[0], s.capitalize(), s.rstrip('x'), '%s' % s, f'{s}', format(s)]
print([type(r).__name__ for r in results])
print(all(r == 'Hello' or r == 'HELLO' or r == 'hello' for r in results), type(S('a') + S('b')).__name__)
print(type(s.__str__()).__name__, type(str.__new__(S, 'x')).__name__, repr(s), type(repr(s)).__name__)
