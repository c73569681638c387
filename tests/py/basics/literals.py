# Literal forms.
print(123, -45, 0, 0x_ff, 0o777, 0b_1010_1010, 1_000)
print(1.5, .5, 5., 1e3, 1E-3, 1_0.0_1)
print(3j, 1 + 2j, 2.5j)
print('single', "double", '''triple''', """tri
ple""")
print('a' 'b' "c", r'\n raw', b'bytes', rb'\x00')
print(True, False, None, ...)
print((), (1,), [], {}, [1, 2], {'a': 1}, {1, 2})
print(type(...).__name__, type(None).__name__, type({}).__name__, type({1}).__name__)
print('\t|', '\x41\u00e9\N{GREEK SMALL LETTER ALPHA}', '\101')
print(repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
