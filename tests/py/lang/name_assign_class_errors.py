# Assigning invalid values to a class's __name__/__qualname__.
class A: pass
for attr in ['__name__', '__qualname__']:
    try:
        setattr(A, attr, 5)
    except TypeError as e:
        print(attr, type(e).__name__, e)
A.__name__ = 'B'
print(A.__name__, A.__qualname__)
try:
    A.__name__ = 'bad\x00name'
except ValueError as e:
    print(type(e).__name__, e)
print(A.__name__)
try:
    del A.__qualname__
except TypeError as e:
    print(type(e).__name__, e)
