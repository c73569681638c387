# Wrong-type argument messages of str methods (exact CPython wording).
bads = [lambda: 'a'.rjust(5, 1), lambda: 'a'.removesuffix(None), lambda: 'a'.removeprefix(b'a'),
        lambda: 'a'.replace('a', 1), lambda: 'a'.replace(None, 'b'), lambda: 'a'.lstrip(['a']), lambda: 'a'.rstrip(1),
        lambda: 'a'.encode(encoding=None), lambda: 'a'.encode(errors=None), lambda: str.__len__(5),
        lambda: ','.join(5), lambda: ','.join(None), lambda: 'a'.split(1), lambda: 'a'.rsplit(b','),
        lambda: 'a'.partition(None), lambda: 'a'.rpartition(1), lambda: 'a'.count(None), lambda: 'a'.find(b'a'),
        lambda: 'a'.center(3, None), lambda: 'a'.ljust(3, b'x'), lambda: 'a'.startswith(None)]
for bad in bads:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
