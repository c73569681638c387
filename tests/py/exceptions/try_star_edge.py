# except* with naked exceptions (wrapped into a group), nested groups, and re-raising.
try:
    raise ValueError('naked')
except* ValueError as g:
    print(type(g).__name__, repr(g.exceptions))
eg = ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
try:
    raise eg
except* ValueError as g:
    print('values:', repr(g))
except* TypeError as g:
    print('types:', repr(g))
try:
    try:
        raise ExceptionGroup('eg', [KeyError('a'), IndexError('b')])
    except* LookupError as g:
        print('lookup group size', len(g.exceptions))
        raise
except ExceptionGroup as final:
    print('re-raised:', repr(final))
print(repr(eg.derive([KeyError('x')])), eg.message, len(eg.exceptions))
