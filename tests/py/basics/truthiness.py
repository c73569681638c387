# Truth values of builtin objects and short-circuit operators.
values = [0, 1, -1, 0.0, 0.5, 0j, 1j, '', 'a', [], [0], (), (0,), {}, {0: 0},
          set(), {0}, None, True, False, range(0), range(1), b'', b'\x00', frozenset()]
for v in values:
    print(repr(v), bool(v), not v)
print(0 or 'x', 'y' or 'z', 0 and 'a', 5 and 6, None or [] or 0)
print(1 and 2 and 3, 1 and 0 and 3, '' or 0 or None)
print(not 0 == 1, not (0 == 1))
x = [] or [1]
print(x)
