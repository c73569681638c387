# Methods taking no arguments reject positional and keyword arguments.
names = ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'isalpha', 'isdigit', 'isspace',
         'isidentifier', 'isascii', 'isprintable', 'istitle', 'isupper', 'islower', 'isdecimal', 'isnumeric', 'isalnum']
for n in names:
    m = getattr('Ab', n)
    for call in [lambda: m(1), lambda: m(x=1)]:
        try:
            print(n, call())
        except TypeError as e:
            print(type(e).__name__, e)
