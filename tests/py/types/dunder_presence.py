# Which special methods builtin types define directly (hasattr and direct calls).
checks = [(str, '__radd__'), (list, '__radd__'), (tuple, '__radd__'), (bytes, '__radd__'), (dict, '__ror__'),
          (complex, '__neg__'), (complex, '__pos__'), (complex, '__bool__'), (complex, '__complex__'), (range, '__bool__'),
          (float, '__getnewargs__'), (complex, '__getnewargs__'), (int, '__getnewargs__'), (BaseException, '__setstate__'),
          (BaseException, '__dict__'), (type, '__type_params__'), (int, '__index__'), (float, '__index__'), (set, '__hash__')]
for T, name in checks:
    print(T.__name__, name, hasattr(T, name), name in T.__dict__)
print(complex.__neg__(1+2j), complex.__pos__(-0j), complex.__bool__(0j), complex.__complex__(3j), range.__bool__(range(0)))
print(dict.__ror__({1: 2}, {3: 4}), float.__getnewargs__(1.5), complex.__getnewargs__(1+2j), int.__type_params__, set.__hash__)
try:
    str.__radd__
except AttributeError as e:
    print(type(e).__name__, e)
