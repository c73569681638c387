# is* predicates over characters from many Unicode categories.
chars = ['a', 'Z', '5', '٣', '²', '½', 'Ⅻ', '〇', '一', 'ǅ', 'ß', '_', ' ', '\u00a0', '\u2028',
         '\x1c', '\x85', '\u200b', '\t', '\x00', '\x7f', 'é', 'e\u0301', '\u0301', 'ª', 'ʰ',
         '𝟘', '①', '🐍', '\ud800', '\ufeff', 'Ω', 'ω', '\u3000', '\u180e', '\x0b']
names = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isupper', 'islower',
         'istitle', 'isspace', 'isprintable', 'isascii', 'isidentifier']
for c in chars:
    flags = ''.join('1' if getattr(c, n)() else '.' for n in names)
    print(ascii(c), flags)
