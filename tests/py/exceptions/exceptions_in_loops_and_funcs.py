# Exceptions propagating out of loops, comprehensions and lambdas.
def risky(i):
    if i == 3:
        raise ValueError(f'bad item {i}')
    return i * 10
try:
    out = [risky(i) for i in range(5)]
except ValueError as e:
    print('comprehension raised', e)
total = 0
for i in range(5):
    try:
        total += risky(i)
    except ValueError:
        total += 1000
print(total)
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 'a', 1])
except TypeError as e:
    print(type(e).__name__, e)
