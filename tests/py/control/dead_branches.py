# Constant conditions and unreachable code must not change behaviour.
if 0:
    print('never')
if 1:
    print('always')
while 0:
    print('never')
if __debug__:
    print('debug on')
def f():
    return 1
    print('unreachable')
print(f())
def g():
    if True:
        return 'a'
    else:
        return 'b'
print(g())
x = 'yes' if 1 else 'no'
print(x)
def h():
    while True:
        return 'from loop'
print(h())
