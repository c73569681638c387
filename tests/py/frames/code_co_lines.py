def f(x):
    if x:
        return 1
    return 2

lines = list(f.__code__.co_lines())
print(all(len(t) == 3 for t in lines))
print(sorted({l for _, _, l in lines if l is not None}))
print(lines)
print(lines[0][0], lines[-1][1] == len(f.__code__.co_code))
