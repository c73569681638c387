# Case conversion and character-class predicates.
s = 'hELLo wOrld 42'
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("they're bill's".title(), 'ß'.upper(), 'İ'.lower() == 'i̇', 'ǅ'.lower())
for t in ['abc', 'ABC', 'Abc', '123', '12.5', 'a1', '', ' ', '\t\n', 'Title Case', '½', 'ⅷ', 'é']:
    print(repr(t), t.isalpha(), t.isdigit(), t.isnumeric(), t.isdecimal(), t.isalnum(),
          t.isupper(), t.islower(), t.isspace(), t.istitle(), t.isidentifier(), t.isprintable(), t.isascii())
