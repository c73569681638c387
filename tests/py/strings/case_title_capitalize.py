# title() and capitalize() word-boundary rules.
tests = ["hello world", "HELLO WORLD", "they're bill's friends", "3rd place", "a1b2 c3d4",
         "ǆungla ǆ", "ßa ßb", "élan vital", "o'neil mc-donald", "x_y z", "ﬁsh ﬁsh",
         "ǅemal", "αβγ δεζ", "hello\tworld\nnew", "", "123", "İstanbul ıi"]
for t in tests:
    print(repr(t.title()), repr(t.capitalize()), t.istitle(), t.title().istitle())
