# Triple-quoted strings, raw strings, line continuation inside strings.
s = """first
  second\tTab
third"""
print(s)
print(s.splitlines(), len(s))
r = r'C:\new\table\x41'
print(r, len(r), repr(r))
b = 'no \
break'
print(b)
print(rb'\d+', Rb'\n', BR'\t')
print('\'' + "\"" + '\\')
print('''it's "quoted"''')
print(r'raw with quote \'', len(r'\''))
