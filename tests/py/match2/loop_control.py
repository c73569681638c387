# match statements inside loops: break, continue, return and loop else.
def find(items):
    for i, item in enumerate(items):
        match item:
            case "stop":
                print("  stopping at", i)
                break
            case "skip":
                continue
            case int(n) if n < 0:
                return f"negative at {i}"
            case _:
                print("  item", item)
    else:
        return "completed"
    return "broke out"

print(find([1, "skip", 2]))
print(find([1, "stop", 2]))
print(find([3, -1, 4]))

def collatz(n):
    steps = 0
    while True:
        match n:
            case 1:
                break
            case _ if n % 2 == 0:
                n //= 2
            case _:
                n = 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in range(1, 10)])
def nested(rows):
    out = []
    for row in rows:
        for cell in row:
            match cell:
                case None:
                    break
                case 0:
                    continue
            out.append(cell)
        else:
            out.append("|")
    return out
print(nested([[1, 0, 2], [3, None, 4], [0, 5]]))
def in_finally(v):
    try:
        for x in v:
            match x:
                case "ret":
                    return "returned"
    finally:
        print("  finally")
    return "fell off"
print(in_finally(["a", "ret"]), in_finally(["a"]))
