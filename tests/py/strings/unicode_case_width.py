# Unicode-aware operations on str: case mapping, lengths, slicing of astral characters.
s = 'Ωmega ǅ ß Straße 𝔘𝔫𝔦𝔠𝔬𝔡𝔢'
print(s.upper(), s.lower(), s.swapcase(), s.title())
print(len(s), len(s.upper()), s[-7:], s[-7:][::-1])
print('İstanbul'.lower(), len('İstanbul'.lower()), 'ﬀ'.upper(), 'ǆ'.title(), 'ǆ'.upper())
print([c for c in 'a\u0301e'], len('a\u0301'), 'é' == 'e\u0301')
print('Σ'.lower(), 'ΌΣΟΣ'.lower(), 'σς'.upper())
print(sorted(['é', 'e', 'f', 'E', 'É']), 'ä' < 'z')
