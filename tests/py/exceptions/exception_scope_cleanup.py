# The "as" target is deleted at the end of the except block.
e = 'outer value'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
def f():
    x = 1
    try:
        raise KeyError
    except KeyError as x:
        pass
    return 'x' in locals()
print(f())
