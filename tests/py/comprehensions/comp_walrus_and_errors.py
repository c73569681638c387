# Walrus in comprehensions binds in the containing scope; iteration errors.
data = [1, 5, 3, 8]
print([last := v for v in data], last)
if any((found := v) > 4 for v in data):
    print('first above 4:', found)
def f():
    [(tot := tot + v) if False else v for v in range(2)]
    return 'ok'
print(f())
try:
    [x for x in 42]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [y for y in range(3) if undefined_name]
except NameError as e:
    print(type(e).__name__, e)
