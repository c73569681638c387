# Case mappings that change length or use special characters.
words = ['ß', 'straße', 'ﬁ', 'ﬄ', 'ŉ', 'ǰ', 'ΐ', 'ǅ', 'ǆ', 'Ǆ', 'İ', 'ı', 'i', 'I', 'ẞ', 'µ', 'ÿ', 'ꭰ', 'ᾳ', 'ᾼ']
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.title()),
          repr(w.capitalize()), repr(w.swapcase()), len(w.upper()))
