# Euclid, Collatz and a simple state machine using while loops.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 12)], collatz(27))
state = 'start'
log = []
while state != 'done':
    log.append(state)
    if state == 'start':
        state = 'middle'
    elif state == 'middle':
        state = 'end'
    else:
        state = 'done'
print(log)
