# str.format: automatic and manual field numbering.
print('{} {} {}'.format(1, 2, 3), '{0} {1} {0}'.format('a', 'b'), '{2}{1}{0}'.format(*'xyz'))
print('none'.format(), '{{}}'.format(), '{}{}'.format('only', 'two'), '{0}{0}{0}'.format(7))
print('{} and {name}'.format(1, name='n'), '{name} {}'.format(2, name='m'), '{0[0]}{0[1]}'.format('hi'))
print('{:>{}}'.format('x', 4), '{:{}{}}'.format(3, '>', 5), '{0:{1}}'.format(1.5, '.3f'))
print('extra args ignored: {}'.format(1, 2, 3), '{1}'.format(0, 1, 2), '{x}'.format(x=1, y=2))
cases = [('{} {0}', (1, 2)), ('{0} {}', (1, 2)), ('{} {}', (1,)), ('{1}', (1,)), ('{5}', ()), ('{}', ()),
         ('{:{}} {1}', (1, 2, 3)), ('{0:{}}', (1, 2)), ('{:{0}}', (1, 2)), ('{-1}', (1,)),
         ('{0}', ()), ('{ 0}', (1,)), ('{0 }', (1,))]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt.format(*args)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
print(str.format('{}-{}', 'a', 'b'), '{!r:}'.format('q'), '{:}'.format(5), '{0!s}'.format(None))
