# int() parsing details: whitespace, underscores, signs, unicode digits.
for s in ['0', '-0', '+0', '007', ' 12 ', '\t-5\n', '1_2_3', '٣', '١٢٣', '１２３', '0_0']:
    print(repr(s), int(s))
for s in ['1_', '_1', '1__2', '+-1', '1 2', '0x', 'ten', '']:
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(int('1' * 100) % 97, int('-' + '9' * 30) // 10 ** 29)
print(int('10', base=2), int(x='11', base=3) if False else int('11', 3), int('0X1F', 16), int('0B11', 0))
