import sys

def f():
    g = sys._getframe().f_globals
    return g["__name__"], "__builtins__" in g, g["__file__"].rsplit("/", 1)[-1]

print(f())
print(sys._getframe().f_code.co_filename.rsplit("/", 1)[-1])
print(sys._getframe().f_code.co_firstlineno)
print(sys._getframe().f_code.co_qualname)
