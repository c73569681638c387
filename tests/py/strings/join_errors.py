# str.join argument checks and messages.
print('-'.join(['a', 'b']), ''.join(('x', 'y')), ','.join('abc'), ', '.join({'k': 1, 'j': 2}), '.'.join(iter(['q'])))
class S(str):
    pass
r = ''.join([S('only')])
print(r, type(r).__name__)
bads = [lambda: ','.join([1, 2]), lambda: ','.join(['a', 2]), lambda: ','.join(['a', b'b']),
        lambda: ','.join(), lambda: ','.join('a', 'b'),
        lambda: b','.join(['a']), lambda: b','.join([b'a', 1]), lambda: ','.join([None, 'x'])]
for bad in bads:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
