# __import__(): basic use with sys, and argument/lookup errors.
import sys
print(__import__('sys') is sys, __import__('sys', globals(), locals(), ['path'], 0) is sys)
m = __import__('builtins')
print(m.__name__, m.len is len)
for label, thunk in [('missing', lambda: __import__('no_such_module_xyz')),
                     ('dotted missing', lambda: __import__('no_such_pkg_xyz.sub')),
                     ('empty', lambda: __import__('')),
                     ('neg level', lambda: __import__('sys', level=-1)),
                     ('relative', lambda: __import__('x', globals(), {}, [], 1)),
                     ('sys sub', lambda: __import__('sys.nothing'))]:
    try:
        print(label, thunk())
    except (ImportError, ValueError, TypeError, KeyError) as e:
        print(label, type(e).__name__, e, getattr(e, 'name', '-'))
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
