# Argument-count errors of str and bytes methods (exact CPython messages).
bads = [lambda: 'a'.expandtabs(1, 2), lambda: 'a'.partition(), lambda: 'a'.rpartition('a', 'b'),
        lambda: 'hello'.startswith(('h',), 0, 1, 2), lambda: 'hello'.endswith(), lambda: 'a'.rstrip('a', 'b'),
        lambda: 'a'.splitlines(keepends=None, x=1), lambda: 'a'.splitlines(True, False), lambda: 'a'.translate(),
        lambda: b'a'.translate(), lambda: b'a'.upper(1), lambda: b'a'.isalpha(1), lambda: 'a'.removeprefix(),
        lambda: 'a'.zfill(1, 2), lambda: 'a'.center(1, ' ', 3), lambda: 'a'.count('a', 0, 1, 2),
        lambda: 'a'.split(',', 1, 2), lambda: 'a'.encode('utf-8', 'strict', 3), lambda: 'a'.index(),
        lambda: b'a'.partition(), lambda: b'a'.count(), lambda: bytearray().append(1, 2), lambda: bytearray().insert(1)]
for bad in bads:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
