# Format specs for str: fill, align, width, precision (truncation), type 's'.
for s in ['', 'a', 'abc', 'héllo', '日本語']:
    print(repr(format(s, '')), repr(format(s, 's')), repr(format(s, '6')), repr(format(s, '>6')), repr(format(s, '^6')),
          repr(format(s, '*<6')), repr(format(s, '.2')), repr(format(s, '5.1s')), repr(format(s, '.0')))
print(repr(format('ab', '^5')), repr(format('ab', '^6')), repr(format('abc', '-^6')), repr(format('x', '0>4')), repr(format('x', '04')))
print(repr(format('x', '<04')), repr(format('tail', '.10')), repr(format('abc', '{^7')), repr(format('a', '}<3')))
print(f'{"text":>10}|{"text":.2}|{"text":_^9.3}|{"t"!r:5}|')
for spec in ['d', 'x', '=5', '+', '-', '#', 'z', '.2f', 'c', '%', '=<5', '.']:
    try:
        print(repr(spec), repr(format('abc', spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
class S(str):
    pass
print(repr(format(S('sub'), '>5')), repr(format(S('sub'), '')), type(format(S('sub'), '')).__name__)
