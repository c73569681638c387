# str.translate with dicts, lists, None values, strings and errors.
t = str.maketrans('abc', 'xyz', 'd')
print('abcdabcd'.translate(t))
print('hello'.translate({ord('l'): 'LL', ord('o'): None, ord('h'): 72}))
print('abc'.translate(['0', '1', '2'] + [None] * 94 + ['A']))
print('abc'.translate({}), 'añb'.translate({ord('ñ'): 'n'}), '🐍x'.translate({0x1F40D: 'snake'}))
class Lookup:
    def __getitem__(self, k):
        if k == ord('a'):
            return 'α'
        raise LookupError(k)
print('banana'.translate(Lookup()))
bads = [lambda: 'a'.translate({97: 1.5}),
        lambda: 'a'.translate(5),
        lambda: 'a'.translate({97: b'x'})]
for bad in bads:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
