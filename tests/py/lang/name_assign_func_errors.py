# A function's __name__/__qualname__ must be strings and cannot be deleted.
def f(): pass
for attr in ['__name__', '__qualname__']:
    for value in [5, None]:
        try:
            setattr(f, attr, value)
            print(attr, 'accepted', value)
        except TypeError as e:
            print(attr, type(e).__name__, e)
    try:
        delattr(f, attr)
    except TypeError as e:
        print('del', attr, type(e).__name__, e)
f.__name__ = 'g'
print(f.__name__, f.__qualname__)
