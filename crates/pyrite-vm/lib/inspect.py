"""Frame and code introspection (the parts Pyrite has so far)."""

import sys
import types


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1)


def isframe(obj):
    return isinstance(obj, types.FrameType)


def iscode(obj):
    return isinstance(obj, types.CodeType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or type(obj).__name__ in (
        'method_descriptor', 'wrapper_descriptor', 'classmethod_descriptor')


def isgeneratorfunction(obj):
    if ismethod(obj):
        obj = obj.__func__
    return isfunction(obj) and bool(obj.__code__.co_flags & 0x20)


# ---------------------------------------------------------------- more predicates

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    if not (isfunction(f) or _is_partial(f)):
        return False
    f = getattr(f, 'func', f)
    code = getattr(f, '__code__', None)
    return code is not None and bool(code.co_flags & flag)


def _is_partial(f):
    return type(f).__name__ == 'partial'


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    return (iscoroutine(obj) or hasattr(type(obj), '__await__') or
            (isgenerator(obj) and bool(obj.gi_code.co_flags & CO_ITERABLE_COROUTINE)))


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(obj):
    return isinstance(obj, types.MemberDescriptorType)


def isgetsetdescriptor(obj):
    return isinstance(obj, types.GetSetDescriptorType)


def ismethodwrapper(obj):
    return isinstance(obj, types.MethodWrapperType)


def isabstract(obj):
    if not isinstance(obj, type):
        return False
    if getattr(obj, '__flags__', 0) & TPFLAGS_IS_ABSTRACT:
        return True
    abstracts = getattr(obj, '__abstractmethods__', None)
    return bool(abstracts)


def getmro(cls):
    return cls.__mro__


def unwrap(func, *, stop=None):
    """Follow the chain of ``__wrapped__`` attributes to the innermost function."""
    f = func
    memo = {id(f): f}
    recursion_limit = sys.getrecursionlimit()
    while not isinstance(func, type) and hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        id_func = id(func)
        if id_func in memo or len(memo) >= recursion_limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(f))
        memo[id_func] = func
    return func


# ---------------------------------------------------------------- members and docs

def getmembers(object, predicate=None):
    """(name, value) pairs of the attributes of ``object``, sorted by name."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    return _getmembers(object, predicate, getattr_static)


def _getmembers(object, predicate, getter):
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    for key in names:
        try:
            value = getter(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


_sentinel = object()


def _static_getmro(klass):
    return type.__dict__['__mro__'].__get__(klass) if '__mro__' in type.__dict__ else klass.__mro__


def _check_class(klass, attr):
    for entry in klass.__mro__:
        d = entry.__dict__
        if attr in d:
            return d[attr]
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Look up ``attr`` without running descriptors or ``__getattr__``."""
    instance_result = _sentinel
    objtype = type(obj)
    if not isinstance(obj, type):
        klass = objtype
        try:
            d = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            d = None
        if isinstance(d, dict) and attr in d:
            instance_result = d[attr]
    else:
        klass = obj

    klass_result = _check_class(klass, attr)

    if instance_result is not _sentinel and klass_result is not _sentinel:
        kt = type(klass_result)
        if _check_class(kt, '__get__') is not _sentinel and (
                _check_class(kt, '__set__') is not _sentinel or
                _check_class(kt, '__delete__') is not _sentinel):
            return klass_result

    if instance_result is not _sentinel:
        return instance_result
    if klass_result is not _sentinel:
        return klass_result

    if obj is klass:
        for entry in type(klass).__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def cleandoc(doc):
    """Clean up indentation from a docstring."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _finddoc(obj):
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__', None) is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, property):
        func = obj.fget
        if func is None:
            return None
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def _findclass(func):
    cls = sys.modules.get(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name, None)
    if not isclass(cls):
        return None
    return cls


def getdoc(object):
    """The cleaned-up docstring of ``object`` (inherited if it has none)."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getcomments(object):
    """The comment lines just above ``object``'s source (or at the top of a module's)."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        i = 1 if lines and lines[0].startswith('#!') else 0
        while i < len(lines) and lines[i].strip() in ('', '#'):
            i += 1
        if i >= len(lines) or not lines[i].startswith('#'):
            return None
        block = []
        while i < len(lines) and lines[i].startswith('#'):
            block.append(lines[i].expandtabs())
            i += 1
        return ''.join(block)
    if lnum <= 0:
        return None
    indent = indentsize(lines[lnum])
    i = lnum - 1
    block = []
    while i >= 0:
        text = lines[i].expandtabs().lstrip()
        if not text.startswith('#') or indentsize(lines[i]) != indent:
            break
        block.insert(0, text)
        i -= 1
    if not block:
        return None
    while block and block[0].strip() == '#':
        del block[0]
    while block and block[-1].strip() == '#':
        del block[-1]
    return ''.join(block)


# ---------------------------------------------------------------- files and modules

def getmodulename(path):
    """The module name for a file path, or None."""
    fname = path.rsplit('/', 1)[-1]
    for suffix in ('.cpython-312-x86_64-linux-gnu.so', '.abi3.so', '.so', '.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getfile(object):
    """The name of the file in which ``object`` was defined."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    """The file containing the source of ``object``, or None."""
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    elif filename.endswith('.so'):
        return None
    import linecache
    if filename in linecache.cache:
        return filename
    from _pyrite import read_source
    if read_source(filename) is not None:
        return filename
    module = getmodule(object, filename)
    if getattr(module, '__loader__', None) is not None:
        return filename
    if getattr(getattr(module, '__spec__', None), 'loader', None) is not None:
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    import os
    return os.path.normcase(os.path.abspath(_filename)) if hasattr(os.path, 'normcase') \
        else os.path.abspath(_filename)


def getmodule(object, _filename=None):
    """The module ``object`` was defined in, or None."""
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is not None:
        for module in list(sys.modules.values()):
            if getattr(module, '__file__', None) == _filename:
                return module
    try:
        file = getfile(object)
    except TypeError:
        file = None
    if file is not None:
        for module in list(sys.modules.values()):
            if ismodule(module) and getattr(module, '__file__', None) == file:
                return module
    main = sys.modules.get('__main__')
    if not hasattr(object, '__name__'):
        return None
    if main is not None and hasattr(main, object.__name__):
        if getattr(main, object.__name__) is object:
            return main
    builtin = sys.modules.get('builtins')
    if builtin is not None and hasattr(builtin, object.__name__):
        if getattr(builtin, object.__name__) is object:
            return builtin
    return None


# ---------------------------------------------------------------- source

class _Tok:
    __slots__ = ('type', 'string', 'row', 'col')

    def __init__(self, type, string, row, col):
        self.type = type
        self.string = string
        self.row = row
        self.col = col


_STRING_PREFIXES = frozenset(['r', 'u', 'b', 'f', 'br', 'rb', 'fr', 'rf'])


def _tokens(lines):
    # A small tokenizer giving what the block finder needs: names and operators, COMMENT,
    # NL, NEWLINE, INDENT and DEDENT, with strings (triple-quoted ones across lines)
    # and bracket nesting understood.
    indents = [0]
    depth = 0
    in_str = None
    cont = False
    row = 0
    for line in lines:
        row += 1
        n = len(line)
        i = 0
        if in_str is None and depth == 0 and not cont:
            col = 0
            while i < n and line[i] in ' \t\f':
                if line[i] == '\t':
                    col = (col // 8 + 1) * 8
                elif line[i] == '\f':
                    col = 0
                else:
                    col += 1
                i += 1
            if i >= n or line[i] in '\r\n':
                yield _Tok('NL', '\n', row, i)
                continue
            if line[i] == '#':
                yield _Tok('COMMENT', line[i:].rstrip('\r\n'), row, i)
                yield _Tok('NL', '\n', row, n)
                continue
            if col > indents[-1]:
                indents.append(col)
                yield _Tok('INDENT', line[:i], row, i)
            while col < indents[-1]:
                indents.pop()
                yield _Tok('DEDENT', '', row, i)
        cont = False
        while i < n:
            if in_str is not None:
                j = i
                found = False
                while j < n:
                    c = line[j]
                    if c == '\\':
                        j += 2
                        continue
                    if line.startswith(in_str, j):
                        j += len(in_str)
                        found = True
                        break
                    j += 1
                i = j
                if found or len(in_str) == 1:
                    in_str = None
                continue
            c = line[i]
            if c in ' \t\f':
                i += 1
                continue
            if c == '#':
                yield _Tok('COMMENT', line[i:].rstrip('\r\n'), row, i)
                i = n
                break
            if c == '\\' and line[i + 1:].strip('\r\n') == '':
                cont = True
                i = n
                break
            if c in '\r\n':
                break
            if c == '"' or c == "'":
                q = line[i:i + 3]
                in_str = q if q in ('"""', "'''") else c
                yield _Tok('STRING', c, row, i)
                i += len(in_str)
                continue
            if c.isalpha() or c == '_' or ord(c) > 127:
                j = i + 1
                while j < n and (line[j].isalnum() or line[j] == '_' or ord(line[j]) > 127):
                    j += 1
                word = line[i:j]
                if j < n and line[j] in '\'"' and word.lower() in _STRING_PREFIXES:
                    i = j
                    continue
                yield _Tok('NAME', word, row, i)
                i = j
                continue
            if c.isdigit():
                j = i + 1
                while j < n and (line[j].isalnum() or line[j] in '._'):
                    j += 1
                yield _Tok('NUMBER', line[i:j], row, i)
                i = j
                continue
            if c in '([{':
                depth += 1
            elif c in ')]}':
                depth = max(0, depth - 1)
            yield _Tok('OP', c, row, i)
            i += 1
        if in_str is not None and len(in_str) == 1:
            in_str = None
        if in_str is None and not cont:
            if depth > 0:
                yield _Tok('NL', '\n', row, n)
            else:
                yield _Tok('NEWLINE', '\n', row, n)
    for _ in indents[1:]:
        yield _Tok('DEDENT', '', row + 1, 0)


class _EndOfBlock(Exception):
    pass


class _BlockFinder:
    """Finds the end of the def, class or lambda starting on the first line."""

    def __init__(self):
        self.indent = 0
        self.islambda = False
        self.started = False
        self.passline = False
        self.indecorator = False
        self.last = 1
        self.body_col0 = None

    def tokeneater(self, tok):
        type = tok.type
        token = tok.string
        if not self.started and not self.indecorator:
            if token == '@':
                self.indecorator = True
            elif token in ('def', 'class', 'lambda'):
                if token == 'lambda':
                    self.islambda = True
                self.started = True
            self.passline = True
        elif type == 'NEWLINE':
            self.passline = False
            self.last = tok.row
            if self.islambda:
                raise _EndOfBlock
            if self.indecorator:
                self.indecorator = False
        elif self.passline:
            pass
        elif type == 'INDENT':
            if self.body_col0 is None and self.started:
                self.body_col0 = tok.col
            self.indent += 1
            self.passline = True
        elif type == 'DEDENT':
            self.indent -= 1
            if self.indent <= 0:
                raise _EndOfBlock
        elif type == 'COMMENT':
            if self.body_col0 is not None and tok.col >= self.body_col0:
                self.last = tok.row
        elif self.indent == 0 and type not in ('COMMENT', 'NL'):
            raise _EndOfBlock


def getblock(lines):
    """The lines of the block (def, class, lambda) starting at the top of ``lines``."""
    finder = _BlockFinder()
    try:
        for tok in _tokens(lines):
            finder.tokeneater(tok)
    except _EndOfBlock:
        pass
    return lines[:finder.last]


def _header_name(line, keywords):
    # "class NAME" / "def NAME" / "async def NAME" at the start of a stripped line.
    s = line.lstrip()
    if s.startswith('async '):
        s = s[6:].lstrip()
    for kw in keywords:
        if s.startswith(kw) and len(s) > len(kw) and s[len(kw)] in ' \t':
            rest = s[len(kw):].lstrip()
            j = 0
            while j < len(rest) and (rest[j].isalnum() or rest[j] == '_' or ord(rest[j]) > 127):
                j += 1
            return rest[:j]
    return None


def _find_class(lines, qualname):
    parts = [p for p in qualname.split('.') if p != '<locals>']
    lo, hi = 0, len(lines)
    found = None
    for k, part in enumerate(parts):
        kws = ('class',) if k == len(parts) - 1 else ('class', 'def')
        found = None
        for i in range(lo, hi):
            if _header_name(lines[i], kws) == part:
                found = i
                break
        if found is None:
            return None
        lo = found + 1
        hi = found + len(getblock(lines[found:hi]))
    # Include the decorators just above.
    i = found
    while i > 0 and lines[i - 1].lstrip().startswith('@'):
        i -= 1
    return i


def findsource(object):
    """(all lines of the file, 0-based line number where ``object`` starts)."""
    import linecache
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')

    if ismodule(object):
        return lines, 0
    if isclass(object):
        lnum = _find_class(lines, object.__qualname__)
        if lnum is None:
            raise OSError('could not find class definition')
        return lines, lnum
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, lnum
    raise OSError('could not find code object')


def getsourcelines(object):
    """(list of source lines, 1-based starting line number) of ``object``."""
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of ``object``."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def indentsize(line):
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


# ---------------------------------------------------------------- frames and tracebacks

def _make_record(typename, fields, extra=()):
    # A small namedtuple: a tuple subclass with named read-only fields and extra attributes
    # that are not part of the tuple.
    nfields = len(fields)

    def __new__(cls, *args, **kwargs):
        extras = {}
        for name in extra:
            if name in kwargs:
                extras[name] = kwargs.pop(name)
            else:
                extras[name] = None
        args = list(args)
        for name in fields[len(args):]:
            if name not in kwargs:
                raise TypeError(f"{typename}.__new__() missing required argument: '{name}'")
            args.append(kwargs.pop(name))
        if kwargs:
            raise TypeError(f"{typename}.__new__() got an unexpected keyword argument "
                            f"'{next(iter(kwargs))}'")
        if len(args) != nfields:
            raise TypeError(f"{typename}.__new__() takes {nfields + 1} positional arguments "
                            f"but {len(args) + 1} were given")
        self = tuple.__new__(cls, args)
        for k, v in extras.items():
            self.__dict__[k] = v
        return self

    def __repr__(self):
        parts = ['%s=%r' % (name, self[i]) for i, name in enumerate(fields)]
        parts += ['%s=%r' % (name, self.__dict__.get(name)) for name in extra]
        return '%s(%s)' % (typename, ', '.join(parts))

    def _asdict(self):
        return {name: self[i] for i, name in enumerate(fields)}

    def _replace(self, **kwargs):
        vals = [kwargs.pop(name, self[i]) for i, name in enumerate(fields)]
        ex = {name: kwargs.pop(name, self.__dict__.get(name)) for name in extra}
        if kwargs:
            raise ValueError(f'Got unexpected field names: {list(kwargs)!r}')
        return type(self)(*vals, **ex)

    def __getnewargs__(self):
        return tuple(self)

    ns = {'__new__': __new__, '__repr__': __repr__, '_asdict': _asdict,
          '_replace': _replace, '__getnewargs__': __getnewargs__,
          '_fields': tuple(fields), '__match_args__': tuple(fields),
          '__module__': 'inspect'}
    for i, name in enumerate(fields):
        ns[name] = property(lambda self, i=i: self[i], doc=f'Alias for field number {i}')
    return type(typename, (tuple,), ns)


Positions = _make_record('Positions', ('lineno', 'end_lineno', 'col_offset', 'end_col_offset'))
Positions.__module__ = 'dis'
Traceback = _make_record('Traceback', ('filename', 'lineno', 'function', 'code_context', 'index'),
                         ('positions',))
FrameInfo = _make_record('FrameInfo', ('frame', 'filename', 'lineno', 'function', 'code_context',
                                       'index'), ('positions',))
ArgInfo = _make_record('ArgInfo', ('args', 'varargs', 'keywords', 'locals'))
Arguments = _make_record('Arguments', ('args', 'varargs', 'varkw'))
ClosureVars = _make_record('ClosureVars', ('nonlocals', 'globals', 'builtins', 'unbound'))
FullArgSpec = _make_record('FullArgSpec', ('args', 'varargs', 'varkw', 'defaults', 'kwonlyargs',
                                           'kwonlydefaults', 'annotations'))


def _get_code_position(code, instruction_index):
    if instruction_index < 0:
        return (None, None, None, None)
    want = instruction_index // 2
    i = 0
    for pos in code.co_positions():
        if i == want:
            return pos
        i += 1
    return (None, None, None, None)


def getframeinfo(frame, context=1):
    """A Traceback record for a frame or traceback entry, with ``context`` source lines."""
    if istraceback(frame):
        positions = _get_code_position(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        positions = _get_code_position(frame.f_code, frame.f_lasti)
    if positions[0] is None:
        positions = (lineno,) + tuple(positions[1:])
    else:
        positions = tuple(positions)
    lineno = positions[0]

    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))

    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None

    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=Positions(*positions))


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records for ``frame`` and every frame outside it."""
    framelist = []
    while frame:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """FrameInfo records for the entries of traceback ``tb``, outermost first."""
    framelist = []
    while tb:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """FrameInfo records for the caller's stack, innermost first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records between the current frame and where the handled exception was raised."""
    exc = sys.exception()
    return getinnerframes(exc.__traceback__ if exc is not None else None, context)


def getargvalues(frame):
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def getargs(co):
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs])
    kwonlyargs = list(names[nargs:nargs + nkwargs])
    nargs += nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = co.co_varnames[nargs]
        nargs = nargs + 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = co.co_varnames[nargs]
    return Arguments(args + kwonlyargs, varargs, varkw)


def getgeneratorstate(generator):
    if generator.gi_running:
        return 'GEN_RUNNING'
    if generator.gi_suspended:
        return 'GEN_SUSPENDED'
    if generator.gi_frame is None:
        return 'GEN_CLOSED'
    return 'GEN_CREATED'


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def getclosurevars(func):
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {var: cell.cell_contents
                         for var, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', {})
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound_names = set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        try:
            global_vars[name] = global_ns[name]
        except KeyError:
            try:
                builtin_vars[name] = builtin_ns[name]
            except KeyError:
                unbound_names.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound_names)


# ---------------------------------------------------------------- signatures

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self._description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    @property
    def description(self):
        return self._description

    def __str__(self):
        return self._name_

    def __repr__(self):
        return '<_ParameterKind.%s: %d>' % (self._name_, int(self))

    def __hash__(self):
        return int.__hash__(self)


_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD)

_KEYWORDS = frozenset("""False None True and as assert async await break class continue def
del elif else except finally for from global if import in is lambda nonlocal not or pass
raise return try while with yield""".split())


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if type(annotation).__name__ == 'GenericAlias':
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _KINDS[kind] if not isinstance(kind, _ParameterKind) else kind
            if isinstance(kind, bool) or not isinstance(kind, int) or kind < 0:
                raise IndexError
        except (IndexError, TypeError):
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty:
            if self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
                msg = '{} parameters cannot have default values'.format(self._kind.description)
                raise ValueError(msg)
        self._default = default
        self._annotation = annotation

        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            msg = 'name must be a str, not a {}'.format(type(name).__name__)
            raise TypeError(msg)
        if name[0] == '.' and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                msg = ('implicit arguments must be passed as positional or keyword '
                       'arguments, not {}').format(self._kind.description)
                raise ValueError(msg)
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        is_keyword = name in _KEYWORDS
        if is_keyword or not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self.kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = '{}: {}'.format(formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = '{} = {}'.format(formatted, repr(self._default))
            else:
                formatted = '{}={}'.format(formatted, repr(self._default))
        if kind == _VAR_POSITIONAL:
            formatted = '*' + formatted
        elif kind == _VAR_KEYWORD:
            formatted = '**' + formatted
        return formatted

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and
                self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: a mapping of parameter names to arguments."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param_name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if param_name not in self.arguments:
                break
            arg = self.arguments[param_name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        kwargs_started = False
        for param_name, param in self._signature.parameters.items():
            if not kwargs_started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    kwargs_started = True
                elif param_name not in self.arguments:
                    kwargs_started = True
                    continue
            if not kwargs_started:
                continue
            if param_name in self.arguments:
                arg = self.arguments[param_name]
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[param_name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new_arguments = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new_arguments.append((name, arguments[name]))
                continue
            if param.default is not _empty:
                val = param.default
            elif param.kind is _VAR_POSITIONAL:
                val = ()
            elif param.kind is _VAR_KEYWORD:
                val = {}
            else:
                continue
            new_arguments.append((name, val))
        self.arguments = dict(new_arguments)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['{}={!r}'.format(arg, value) for arg, value in self.arguments.items()]
        return '<{} ({})>'.format(self.__class__.__name__, ', '.join(args))


class Signature:
    """The call signature of a callable: its parameters and return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        if parameters is None:
            params = {}
        else:
            if __validate_parameters__:
                params = {}
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        msg = ('wrong parameter order: {} parameter before {} '
                               'parameter').format(top_kind.description, kind.description)
                        raise ValueError(msg)
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                msg = 'non-default argument follows default argument'
                                raise ValueError(msg)
                        else:
                            seen_default = True
                    if name in params:
                        msg = 'duplicate parameter name: {!r}'.format(name)
                        raise ValueError(msg)
                    params[name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = params
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped)

    @property
    def parameters(self):
        import types
        return types.MappingProxyType(self._parameters)

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(param for param in self._parameters.values()
                       if param.kind != _KEYWORD_ONLY)
        kwo_params = {param.name: param for param in self._parameters.values()
                      if param.kind == _KEYWORD_ONLY}
        return params, kwo_params, self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        kwo_params = frozenset(kwo_params.values())
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        params = list(self._parameters.values())
        np = len(params)
        pi = 0
        args = tuple(args)
        ai = 0
        parameters_ex = []
        while True:
            if ai >= len(args):
                if pi >= np:
                    break
                param = params[pi]
                pi += 1
                if param.kind == _VAR_POSITIONAL:
                    break
                elif param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        msg = '{arg!r} parameter is positional only, but was passed as a keyword'
                        raise TypeError(msg.format(arg=param.name))
                    parameters_ex = [param]
                    break
                elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                    parameters_ex = [param]
                    break
                else:
                    if partial:
                        parameters_ex = [param]
                        break
                    argtype = ' keyword-only' if param.kind == _KEYWORD_ONLY else ''
                    msg = 'missing a required{argtype} argument: {arg!r}'
                    raise TypeError(msg.format(arg=param.name, argtype=argtype))
            else:
                arg_val = args[ai]
                ai += 1
                if pi >= np:
                    raise TypeError('too many positional arguments')
                param = params[pi]
                pi += 1
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError('too many positional arguments')
                if param.kind == _VAR_POSITIONAL:
                    arguments[param.name] = (arg_val,) + args[ai:]
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument {arg!r}'.format(arg=param.name))
                arguments[param.name] = arg_val

        kwargs_param = None
        for param in parameters_ex + params[pi:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            param_name = param.name
            if param_name in kwargs:
                arg_val = kwargs.pop(param_name)
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{arg!r} parameter is positional only, '
                                    'but was passed as a keyword'.format(arg=param.name))
                arguments[param_name] = arg_val
            elif (not partial and param.kind != _VAR_POSITIONAL and
                    param.default is _empty):
                raise TypeError('missing a required argument: {arg!r}'.format(arg=param_name))

        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {arg!r}'.format(
                    arg=next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Map positional and keyword arguments to parameters; TypeError if they don't fit."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Like bind, but missing required arguments are allowed."""
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self.return_annotation is not _empty:
            anno = formatannotation(self.return_annotation)
            rendered += ' -> {}'.format(anno)
        return rendered


def _signature_from_function(cls, func):
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    Parameter = cls._parameter_cls
    func_code = func.__code__
    pos_count = func_code.co_argcount
    arg_names = func_code.co_varnames
    posonly_count = func_code.co_posonlyargcount
    positional = arg_names[:pos_count]
    keyword_only_count = func_code.co_kwonlyargcount
    keyword_only = arg_names[pos_count:pos_count + keyword_only_count]
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__
    kwdefaults = func.__kwdefaults__

    pos_default_count = len(defaults) if defaults else 0
    parameters = []
    non_default_count = pos_count - pos_default_count
    posonly_left = posonly_count

    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if posonly_left else _POSITIONAL_OR_KEYWORD
        if posonly_left:
            posonly_left -= 1
        annotation = annotations.get(name, _empty)
        if i >= non_default_count:
            parameters.append(Parameter(name, annotation=annotation, kind=kind,
                                        default=defaults[i - non_default_count]))
        else:
            parameters.append(Parameter(name, annotation=annotation, kind=kind))

    if func_code.co_flags & CO_VARARGS:
        name = arg_names[pos_count + keyword_only_count]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_POSITIONAL))

    for name in keyword_only:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_KEYWORD_ONLY,
                                    default=default))

    if func_code.co_flags & CO_VARKEYWORDS:
        index = pos_count + keyword_only_count
        if func_code.co_flags & CO_VARARGS:
            index += 1
        name = arg_names[index]
        annotation = annotations.get(name, _empty)
        parameters.append(Parameter(name, annotation=annotation, kind=_VAR_KEYWORD))

    return cls(parameters, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _signature_bound_method(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    kind = params[0].kind
    if kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    elif kind is not _VAR_POSITIONAL:
        raise ValueError('invalid argument type')
    return sig.replace(parameters=params)


def _user_attr(cls, name):
    # The attribute `name` found on cls's MRO in a class written in Python, or None.
    for base in cls.__mro__:
        if name in base.__dict__:
            v = base.__dict__[name]
            if isinstance(v, (staticmethod, classmethod)):
                v = v.__func__
            if isfunction(v):
                return v
            return None
    return None


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             sigcls=None):
    if sigcls is None:
        sigcls = Signature
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if ismethod(obj):
        sig = _signature_from_callable(obj.__func__, follow_wrapper_chains=follow_wrapper_chains,
                                       skip_bound_arg=skip_bound_arg, sigcls=sigcls)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig

    if follow_wrapper_chains:
        obj = unwrap(obj, stop=(lambda f: hasattr(f, "__signature__")))
        if ismethod(obj):
            return _signature_from_callable(obj, follow_wrapper_chains=follow_wrapper_chains,
                                            skip_bound_arg=skip_bound_arg, sigcls=sigcls)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig

    if isfunction(obj):
        return _signature_from_function(sigcls, obj)

    if _is_partial(obj):
        wrapped_sig = _signature_from_callable(obj.func, sigcls=sigcls)
        ba = wrapped_sig.bind_partial(*obj.args, **obj.keywords)
        params = []
        for name, p in wrapped_sig.parameters.items():
            if name in ba.arguments and p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) \
                    and name not in obj.keywords:
                continue
            if name in obj.keywords:
                p = p.replace(default=obj.keywords[name], kind=_KEYWORD_ONLY) \
                    if p.kind != _POSITIONAL_ONLY else p
            params.append(p)
        return wrapped_sig.replace(parameters=params)

    if isinstance(obj, type):
        call = _user_attr(type(obj), '__call__')
        if call is not None:
            return _signature_bound_method(_signature_from_function(sigcls, call))
        new = _user_attr(obj, '__new__')
        init = _user_attr(obj, '__init__')
        for base in obj.__mro__:
            if '__new__' in base.__dict__ or '__init__' in base.__dict__:
                # The nearest definition wins, as in CPython.
                if new is not None and '__new__' in base.__dict__:
                    return _signature_bound_method(_signature_from_function(sigcls, new))
                if init is not None and '__init__' in base.__dict__:
                    return _signature_bound_method(_signature_from_function(sigcls, init))
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return sigcls()
        raise ValueError('no signature found for builtin type {!r}'.format(obj))

    if isbuiltin(obj) or isroutine(obj):
        raise ValueError('no signature found for builtin {!r}'.format(obj))

    call = _user_attr(type(obj), '__call__')
    if call is not None:
        sig = _signature_from_function(sigcls, call)
        if skip_bound_arg:
            return _signature_bound_method(sig)
        return sig
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of callable ``obj``."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def getfullargspec(func):
    sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False)
    args = []
    varargs = None
    varkw = None
    posonlyargs = []
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind is _POSITIONAL_ONLY:
            posonlyargs.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _POSITIONAL_OR_KEYWORD:
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(posonlyargs + args, varargs, varkw, defaults,
                       kwonlyargs, kwdefaults, annotations)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
    else:
        ann = getattr(obj, '__annotations__', None)
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    return dict(ann)
