# Chained comparisons evaluate each operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1 == 1, 1 == 1 != 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
x = 5
print(0 <= x < 10, 0 <= x < 5, x is not None is not False)
print(1 < 2 == 2 in [2], 'a' < 'b' < 'c', [1] < [1, 0] < [2])
print(1 in [1] in [[1]], 2 not in [1] == True)
