# break and continue inside try/finally run the finally block.
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print('body', i)
    finally:
        print('finally', i)
def f():
    for i in range(3):
        try:
            return i
        finally:
            print('cleanup', i)
print(f())
n = 0
while n < 3:
    n += 1
    try:
        try:
            if n == 2:
                continue
        finally:
            print('inner finally', n)
    finally:
        print('outer finally', n)
