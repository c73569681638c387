# str.format and format specs.
print('{} {} {}'.format(1, 'a', [2]))
print('{0} {1} {0}'.format('x', 'y'), '{name}-{n}'.format(name='k', n=3))
print('{0[1]} {1[key]} {2.real}'.format([5, 6], {'key': 'v'}, 3j))
print('{:5}|{:<5}|{:>5}|{:^5}|{:*^7}|'.format('ab', 'ab', 'ab', 'ab', 'ab'))
print('{:5}|{:<5}|{:05}|{:+}|{: }|{:,}|{:_}|'.format(42, 42, 42, 42, 42, 1234567, 1234567))
print('{:.3f} {:10.2f} {:e} {:.2e} {:g} {:g} {:%} {:.1%}'.format(3.14159, 2.5, 12345.678, 0.000123, 1e20, 0.5, 0.25, 1 / 3))
print('{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:08b} {:c}'.format(255, 255, 8, 5, 255, 8, 5, 5, 65))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'))
print('{{literal}} {}'.format('braces'))
print('{:>{w}}|{:.{p}f}'.format('r', 3.14159, w=4, p=2))
print(format(12.5, '08.3f'), format('s', '>3'), format(10, 'd'), format(True, 'd'), format(7, ''))
for bad in ['{', '{0} {}', '{:d}', '{x}']:
    try:
        print(bad.format(1.5))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
