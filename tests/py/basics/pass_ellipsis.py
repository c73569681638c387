"""Module docstring."""
# pass, ellipsis statements, and docstrings.
def f():
    """doc of f"""
    pass
def g():
    ...
class C:
    """doc of C"""
print(f(), g())
print(__doc__)
print(f.__doc__, C.__doc__, g.__doc__)
if True:
    pass
else:
    pass
print(... , type(...).__name__, repr(Ellipsis))
