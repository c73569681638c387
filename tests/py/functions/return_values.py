# Return values: tuples, multiple returns, returning functions and None.
def divmod2(a, b):
    return a // b, a % b
q, r = divmod2(17, 5)
print(q, r, divmod2(17, 5))
def maybe(x):
    if x:
        return x
print(maybe(0), maybe(3))
def many():
    return 1, [2], {'three': 3}
print(many())
def returns_return():
    def inner():
        return 'inner'
    return inner
print(returns_return()())
def ret_in_finally():
    try:
        return 'try'
    finally:
        print('finally runs')
print(ret_in_finally())
