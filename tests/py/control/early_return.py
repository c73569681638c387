# return from inside nested loops and conditionals.
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return (r, c, v)
    return None
print(first_negative([[1, 2], [3, -4, 5], [-6]]))
print(first_negative([[1], []]))
def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0
print([sign(x) for x in (-3, 0, 8)])
def no_return():
    x = 1
print(no_return())
def bare_return():
    return
print(bare_return())
