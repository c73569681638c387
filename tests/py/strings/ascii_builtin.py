# ascii() escapes like repr but for all non-ASCII, in nested containers too.
vals = ['plain', 'é', '€', '🐍', '\x00\t\n', "it's", '"q"', '\ud800', '\u200b', b'\xff', ['é', ('ü',)], {'ключ': 'значение'}]
for v in vals:
    print(ascii(v))
class C:
    def __repr__(self):
        return 'Ç<é>'
print(ascii(C()), ascii([C()]), repr(C()) == 'Ç<é>')
print('%a|%r' % ('é', 'é'), f'{"é"!a}', '{!a}'.format('🐍'), format(ascii('ß'), '>8'))
