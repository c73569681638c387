# Kinds of descriptor objects found in builtin type dicts (slot wrappers, methods, members, getsets).
picks = [(object, '__init__'), (object, '__format__'), (object, '__new__'), (object, '__class__'), (object, '__reduce__'),
         (int, '__add__'), (int, '__round__'), (int, 'real'), (int, 'bit_length'), (int, 'from_bytes'), (int, '__new__'),
         (float, '__trunc__'), (float, 'fromhex'), (complex, 'real'), (str, 'join'), (str, 'maketrans'), (str, '__getitem__'),
         (dict, 'fromkeys'), (dict, '__class_getitem__'), (list, '__class_getitem__'), (type, '__subclasses__'),
         (type, '__mro__'), (type, '__base__'), (type, '__name__'), (type, '__dict__'), (property, 'fget'), (property, '__doc__'),
         (slice, 'start'), (range, 'start'), (BaseException, 'args'), (BaseException, '__traceback__'), (BaseException, 'with_traceback')]
for T, name in picks:
    d = T.__dict__[name]
    print(T.__name__, name, type(d).__name__, repr(d).split(' at 0x')[0][:60])
