# Escaped braces and brace errors in str.format and f-strings.
print('{{}}'.format(), '{{{}}}'.format(1), '{{0}}'.format(1), '}}{{'.format(), '{{{0}}}{{'.format('x'))
print(f'{{}}', f'{{{1 + 1}}}', f'{{x}}', f'}}{{', f'a{{b}}c{{', '{{'.format() + '}}'.format())
print('{{{{'.format(), '{0}}}'.format(5), '{{{0}'.format(5), '{}'.format('{}'), '{!r}'.format('{x}'))
for fmt in ['}', '{', 'a}b', 'a{b', '{}}', '{{}', '{0}}', '{{0}', '}{', '{0:}}', 'x}}}', '{:{', '{0!r', '{0:x']:
    try:
        print(repr(fmt), repr(fmt.format(1)))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
# Braces as values and as a fill given by a nested field.
print('{0:}'.format('{'), '{0:>3}'.format('}'), '{0:{1}>3}'.format('x', '{'))
