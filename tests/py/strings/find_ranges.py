# find/rfind/index/rindex/count with start and end, including negatives and None.
s = 'abracadabra'
for args in [('a',), ('a', 1), ('a', -4), ('a', 1, 4), ('a', -6, -1), ('a', None, 3), ('bra', 2),
             ('', 5), ('', 11), ('', 12), ('', -3, -1), ('z',), ('a', 20), ('a', 5, 2), ('abra', -20, 100)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print('aaaa'.count('aa'), ''.count(''), 'abc'.count(''), 'abc'.count('', 1, 2), 'abc'.count('', 4))
print(s.index('c', 2, 5), s.rindex('a', 0, -1), s.startswith('cad', 4), s.endswith('abr', 0, -1))
for bad in [lambda: s.index('z'), lambda: s.rindex('a', 1, 2), lambda: s.find('a', '1'),
            lambda: s.count(), lambda: s.find('a', 1.0), lambda: s.index(97)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
