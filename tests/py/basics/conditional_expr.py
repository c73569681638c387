# Conditional expressions and their laziness.
def side(x):
    print('side', x)
    return x
for n in (-2, 0, 3):
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
print(side(1) if True else side(2))
print(side(1) if False else side(2))
x = [1, 2] if len('ab') == 2 else None
print(x)
f = (lambda v: 'even' if v % 2 == 0 else 'odd')
print([f(i) for i in range(4)])
