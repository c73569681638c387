# Dict views are live and support set operations.
d = {'a': 1, 'b': 2}
ks, vs, its = d.keys(), d.values(), d.items()
d['c'] = 3
print(list(ks), list(vs), list(its))
print(ks == {'a', 'b', 'c'}, sorted(ks | {'z'}), sorted(ks & ['a', 'c']), sorted(ks ^ {'a', 'q'}))
print(('a', 1) in its, ('a', 2) in its, 2 in vs, len(vs))
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(vs == vs, d.values() == d.values())
print(ks.mapping if hasattr(ks, 'mapping') else None)
del d['a']
print(ks, vs, its)
print(list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
