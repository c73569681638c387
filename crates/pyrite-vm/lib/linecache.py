"""Cache of source lines, read on demand, for tracebacks and inspect.

Entries in ``cache`` map a file name to ``(size, mtime, lines, fullname)`` as CPython's do;
Pyrite has no ``os.stat``, so ``size`` is the length of the text and ``mtime`` the text itself,
which ``checkcache`` compares against a fresh read.  A 1-tuple entry is a lazy loader.
"""

import sys
from _pyrite import read_source as _read_source

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line ``lineno`` (1-based) of ``filename`` with its newline, or '' if unavailable."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """All lines of ``filename``, reading it into the cache if needed."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _split(text):
    # As reading the file in text mode does: universal newlines, a UTF-8 BOM dropped, and
    # only '\n' ends a line (not the other characters str.splitlines knows).
    if text.startswith('\ufeff'):
        text = text[1:]
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    parts = text.split('\n')
    lines = [p + '\n' for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1] + '\n')
    return lines


def checkcache(filename=None):
    """Discard cache entries whose file changed or vanished."""
    if filename is None:
        names = list(cache.keys())
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue
        text = _read_source(fullname)
        if text is None or text != mtime:
            cache.pop(name, None)


def _is_abs(p):
    return p.startswith('/')


def _join(d, name):
    if not d:
        return name
    if d.endswith('/'):
        return d + name
    return d + '/' + name


def updatecache(filename, module_globals=None):
    """Read ``filename`` afresh into the cache and return its lines ([] if unreadable)."""
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or not isinstance(filename, str) or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    text = _read_source(fullname)
    if text is None:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                cache[filename] = (len(data), None, [line + '\n' for line in data.splitlines()], fullname)
                return cache[filename][2]
        if _is_abs(filename):
            return []
        for dirname in sys.path:
            if not isinstance(dirname, str):
                continue
            fullname = _join(dirname, filename)
            text = _read_source(fullname)
            if text is not None:
                break
        else:
            return []
    lines = _split(text)
    cache[filename] = (len(text), text, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Register a loader-based lazy entry for ``filename`` if ``module_globals`` has one."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            loader = getattr(spec, 'loader', None)
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False
