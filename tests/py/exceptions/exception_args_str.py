# str() and repr() of exceptions with zero, one and several args.
for e in [Exception(), Exception('one'), Exception('a', 2), Exception(None), Exception(''),
          ValueError(1, [2]), KeyError('k'), KeyError(), KeyError('a', 'b'), KeyError(5),
          OSError(2, 'No such file'), StopIteration(7), SystemExit(3), IndexError('idx'),
          UnicodeError('u'), BaseException('base')]:
    print(repr(e), '|', str(e), '|', e.args)
e = ValueError('x')
e.args = ('changed', 1)
print(e, repr(e))
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(OSError(2, 'msg').errno, OSError(2, 'msg').strerror, OSError('plain').errno)
print(type(OSError(2, 'No such file')).__name__)
e = KeyError('q')
e.note_attr = 1
print(e.note_attr)
e = Exception('with note')
e.add_note('note one')
e.add_note('note two')
print(e.__notes__, str(e))
