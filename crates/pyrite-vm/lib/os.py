"""Operating-system interfaces (the parts Pyrite has so far)."""

import posixpath as path
from _os import getcwd, getpid, environ_items

sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
pathsep = path.pathsep
linesep = '\n'
devnull = path.devnull
name = 'posix'

environ = dict(environ_items())


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), '__fspath__', None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return f(p)


def getenv(key, default=None):
    return environ.get(key, default)
