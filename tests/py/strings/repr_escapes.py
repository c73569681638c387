# repr() of strings: quote choice and escapes.
tests = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'new\nline', 'back\\slash',
         '\x00\x07\x1b\x7f', 'é', '\u200b', '\U0001F600', '\ud800', 'ÿ\xa0', '', "'", '"']
for t in tests:
    print(repr(t), ascii(t), len(t))
print(str('x'), repr(repr('x')), [tests[1]], {'k': tests[2]})
