# for/else: search loops.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')
find([4, 5, 6], 5)
find([4, 5, 6], 7)
find([], 1)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        print(i, j)
    else:
        print('inner else', i)
