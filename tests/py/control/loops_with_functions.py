# Loops that define and call functions, closures capturing loop variables.
results = []
for i in range(3):
    def f(x, i=i):
        return x + i
    results.append(f(10))
print(results)
funcs = []
for name in ['a', 'b']:
    funcs.append(lambda name=name: name.upper())
print([f() for f in funcs])
total = 0
i = 0
while i < 5:
    def add(n):
        return n * 2
    total += add(i)
    i += 1
print(total)
