# split, rsplit, splitlines, partition, join.
s = '  a quick  brown\tfox\n'
print(s.split(), s.split(' '), s.split(None, 1), s.strip().split(' ', 2))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 1), ''.split(','), ''.split())
print('one\ntwo\r\nthree\rfour'.splitlines(), 'x\ny\n'.splitlines(True), ''.splitlines())
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'kvw'.partition('='), 'kvw'.rpartition('='))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '+'.join(map(str, range(4))))
try:
    'a'.split('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    ','.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
print('aXbXc'.split('X', maxsplit=1), 'a  b'.split(' '))
