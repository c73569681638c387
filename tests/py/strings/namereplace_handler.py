# The namereplace error handler uses \N{...} when a name exists, else \x/\u/\U escapes.
for s in ['é', '€', '\U0001f40d', '\x80', '\x00', '\ud800', '\uac00', '\u4e00', '\ue000', '\U000e0001', 'a\u0301']:
    print(ascii(s), s.encode('ascii', 'namereplace'), s.encode('latin-1', 'namereplace'))
print('x€y'.encode('ascii', errors='namereplace'))
