# Attributes of specific builtin exceptions.
try:
    {}['key']
except KeyError as e:
    print(e.args, repr(e))
try:
    [].foo
except AttributeError as e:
    print(repr(e.name), type(e.obj).__name__)
try:
    undefined_variable
except NameError as e:
    print(e.name)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name, e.msg)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    int('x')
except ValueError as e:
    print(e.args)
e = SyntaxError('msg', ('file.py', 3, 5, 'bad line\n', 3, 8))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
print(str(e))
e = OSError(2, 'No such file or directory', 'missing.txt')
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
