# Assignment expressions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
i = 0
while (v := data[i]) != 9:
    i += 1
print("found", v, "at", i)
print([y for x in data if (y := x * 2) > 6])
print(y)
def f():
    total = 0
    vals = [total := total + x for x in range(5)]
    return total, vals
print(f())
print((a := 5), a + 1)
print([(z := 1), z + 1])
def g(x):
    return (r := x * x) + r
print(g(3))
