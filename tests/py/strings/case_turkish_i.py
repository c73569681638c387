# Dotted and dotless i: no locale-specific mapping in str methods.
for s in ['İ', 'I', 'ı', 'i', 'İi', 'Iı', 'iİ']:
    lo = s.lower()
    print(repr(s), repr(lo), len(lo), [hex(ord(c)) for c in lo], repr(s.upper()), repr(s.casefold()))
print('İ'.lower().upper(), 'ı'.upper().lower(), 'İ'.isupper(), 'ı'.islower())
print('i̇'.upper(), len('i̇'.upper()), 'İ'.lower() == 'i\u0307')
