def f(a, b):
    return a + b

pos = list(f.__code__.co_positions())
print(len(pos) == len(f.__code__.co_code) // 2)
print(pos)
print({p[0] for p in pos if p[0] is not None})
