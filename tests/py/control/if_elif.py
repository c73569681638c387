# if / elif / else chains.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for n in (-5, 0, 3, 10, 99):
    print(n, classify(n))
x = []
if x:
    print('truthy')
else:
    print('falsy')
if not x and len(x) == 0:
    print('empty')
if 1:
    if 0:
        print('no')
    else:
        print('nested else')
