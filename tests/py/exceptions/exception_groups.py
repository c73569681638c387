# ExceptionGroup and except*.
eg = ExceptionGroup('several', [ValueError('v1'), TypeError('t'), ValueError('v2')])
print(repr(eg), str(eg), len(eg.exceptions))
try:
    raise eg
except* ValueError as g:
    print('values:', repr(g))
except* TypeError as g:
    print('types:', repr(g))
try:
    try:
        raise ExceptionGroup('mixed', [KeyError('k'), OSError('o')])
    except* KeyError:
        print('handled keys')
except ExceptionGroup as rest:
    print('rest:', repr(rest))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
try:
    ExceptionGroup('bad', [])
except ValueError as e:
    print(type(e).__name__, e)
print(type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__,
      type(BaseExceptionGroup('b', [ValueError()])).__name__)
