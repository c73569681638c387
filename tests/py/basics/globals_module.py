# Module-level names, __name__, and builtins shadowing.
print(__name__)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
len = lambda x: 42
print(len([1, 2]))
del len
print(len([1, 2]))
print(type(__builtins__).__name__ in ('module', 'dict'))
print('counter' in globals(), 'bump' in globals())
print(__doc__)
