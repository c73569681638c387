# str.removeprefix / removesuffix: affix removed only when present and non-empty, a
# surrogate-carrying string handled, and the argument errors.
for f in (str.removeprefix, str.removesuffix):
    print(f('abcab', 'ab'), f('abc', ''), f('abc', 'zz'), f('héllo', 'h'), f('héllo', 'lo'), ascii(f('\udc80x', '\udc80')))
    for bad in ((), (1,)):
        try: f('abc', *bad)
        except TypeError as e: print(e)
x = 'abc'; print('abc'.removeprefix('') is x or 'eq', 'abc'.removesuffix('z') == x)
