# str.format_map uses the mapping directly (no copy), calling __missing__.
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
print('{a} {b} {c}'.format_map(Default(a=1)))
print('{a[0]} {a[1]:>3}'.format_map({'a': 'xy'}))
class Mapping:
    def __getitem__(self, key):
        return key.upper()
print('{hello} {world!r} {x:>4}'.format_map(Mapping()))
class Counting(dict):
    lookups = []
    def __getitem__(self, key):
        Counting.lookups.append(key)
        return dict.__getitem__(self, key)
print('{k}{k}{j}'.format_map(Counting(k=1, j=2)), Counting.lookups)
for fmt, mapping in [('{}', {}), ('{0}', {}), ('{missing}', {}), ('{0}', {0: 'zero'}), ('{0}', {'0': 'str-zero'})]:
    try:
        print(repr(fmt), repr(fmt.format_map(mapping)))
    except (ValueError, KeyError, IndexError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
for bad in [None, 5, [1]]:
    try:
        print('{x}'.format_map(bad))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    print(''.format_map())
except TypeError as e:
    print(type(e).__name__, e)
print(''.format_map({}), 'plain'.format_map(None))
