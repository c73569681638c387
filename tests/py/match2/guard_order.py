# Guards run only after their pattern matched, in case order, and can have side effects.
log = []

def check(label, result):
    log.append(label)
    return result

def classify(v):
    log.clear()
    match v:
        case int(n) if check("int-neg", n < 0):
            r = "negative"
        case int(n) if check("int-big", n > 100):
            r = "big"
        case str() if check("str", True):
            r = "string"
        case [x, y] if check("pair-eq", x == y):
            r = "equal pair"
        case [x, y] | (x, y, _) if check("pair-any", True):
            r = f"pair {x},{y}"
        case _ if check("fallback", False):
            r = "never"
        case _:
            r = "other"
    return r, list(log)

for v in (-5, 500, 5, "s", [1, 1], [1, 2], (3, 4, 5), 2.5):
    print(repr(v), classify(v))

counter = 0
def bump():
    global counter
    counter += 1
    return counter

for i in range(5):
    match i:
        case 0 | 2 | 4 if bump() % 2:
            print(i, "even with odd counter", counter)
        case _:
            print(i, "else", counter)
