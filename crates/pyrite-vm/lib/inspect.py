"""Frame and code introspection (the parts Pyrite has so far)."""

import sys


def currentframe():
    """Return the frame of the caller."""
    return sys._getframe(1)


def isframe(obj):
    return type(obj).__name__ == 'frame'


def iscode(obj):
    return type(obj).__name__ == 'code'


def isfunction(obj):
    return type(obj).__name__ == 'function'


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return type(obj).__name__ == 'module'


def istraceback(obj):
    return type(obj).__name__ == 'traceback'


def isgenerator(obj):
    return type(obj).__name__ == 'generator'


def ismethod(obj):
    return type(obj).__name__ == 'method'


def isbuiltin(obj):
    return type(obj).__name__ == 'builtin_function_or_method'


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or type(obj).__name__ in (
        'method_descriptor', 'wrapper_descriptor', 'classmethod_descriptor')


def isgeneratorfunction(obj):
    if ismethod(obj):
        obj = obj.__func__
    return isfunction(obj) and bool(obj.__code__.co_flags & 0x20)
