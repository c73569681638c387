# Interactions of break/continue/else across nesting levels.
for i in range(3):
    for j in range(3):
        if (i + j) % 2:
            continue
        if j == 2:
            break
        print('pair', i, j)
    else:
        print('inner completed for i =', i)
    if i == 1:
        continue
    print('end of outer iteration', i)
else:
    print('outer completed')
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
else:
    print('not reached')
print('n =', n)
