# str.maketrans: dict form, two-string form, three-string form, and its errors.
print(sorted(str.maketrans({'a': 'b', 'c': None, 100: 'xy'}).items()))
print(sorted(str.maketrans('abc', 'xyz').items()))
print(sorted(str.maketrans('ab', 'xy', 'zq').items()))
print(str.maketrans({}), str.maketrans('', ''), str.maketrans('', '', ''))
print(sorted(''.maketrans('aa', 'bc').items()))
bads = [lambda: str.maketrans('abc', 'xy'),
        lambda: str.maketrans({'ab': 1}),
        lambda: str.maketrans('abc'),
        lambda: str.maketrans(''),
        lambda: str.maketrans(),
        lambda: str.maketrans([('a', 'b')])]
for bad in bads:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
