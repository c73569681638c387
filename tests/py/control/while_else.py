# while with else, break and continue.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print('n =', n)
else:
    print('while finished normally')
n = 0
while True:
    n += 1
    if n > 3:
        break
print('after break', n)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        print('breaking at 4')
        break
else:
    print('not printed')
while False:
    pass
else:
    print('else of never-run loop')
