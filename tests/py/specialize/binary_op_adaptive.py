# BINARY_OP sites specialize to the operand types they see (ints, floats) and must fall back
# to the general operation when later operands differ: big ints, bools, subclasses with their
# own operators, strings, mixed int/float, infinities and NaN.
def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def iadd(a, b):
    a += b
    return a


for _ in range(300):
    add(1, 2)
    sub(5, 3)
    mul(1.5, 2.0)
    iadd(2.5, 0.5)

big = 2 ** 62
print(add(big, big), sub(-big, big), add(4611686018427387903, 1), sub(-4611686018427387904, 1))
print(add(True, True), sub(True, 5), add(1, 2.5), sub(2.5, 1))
print(add("ab", "cd"), add([1], [2]), add((1,), (2,)))


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __sub__(self, other):
        return "MyInt.__sub__"


class MyFloat(float):
    def __mul__(self, other):
        return "MyFloat.__mul__"

    def __radd__(self, other):
        return "MyFloat.__radd__"


print(add(MyInt(3), 4), sub(MyInt(3), 4), mul(MyFloat(2.0), 3.0), iadd(1.0, MyFloat(2.0)))
print(mul(2.0, 3.0), mul(float("inf"), 0.0), add(float("inf"), float("-inf")), sub(1e308, -1e308))
for _ in range(300):
    add(1.25, 2.5)
    sub(0.5, 0.25)
print(add(1, 2), sub(10, 20), add(1.25, 2.5), sub(0.5, 0.25))

# A site that keeps changing types.
vals = [1, 2.0, "s", 3, 4.5, big, True, None]
out = []
for i in range(len(vals) * 40):
    a = vals[i % len(vals)]
    try:
        out.append(add(a, a))
    except TypeError as e:
        out.append(str(e))
print(out[:8])
print(len(out), out[-8:])

# Floats that operations write into in place must not change values held elsewhere.
x = 1.5
y = x * 2.0
z = (x + y) * (y - x)
print(x, y, z)
lst = [0.5, 0.25]
t = lst[0] * lst[1] + lst[0]
print(lst, t)

# Inline-int sites for *, %, //, &, |, ^ and shifts, then operands they cannot take inline.
def ops(a, b):
    return a * b, a % b, a // b, a & b, a | b, a ^ b, a << (b & 7), a >> (b & 7)


for _ in range(300):
    ops(12345, 7)
print(ops(12345, 7), ops(-7, 3), ops(2 ** 40, 2 ** 30))
print(ops(3037000500, 3037000500)[0], ops(True, 3))
try:
    ops(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(ops(12345, 7))


def shift(a, b):
    return a << b, a >> b


for _ in range(300):
    shift(3, 2)
print(shift(3, 70), shift(-1, 100))
try:
    shift(1, -1)
except ValueError as e:
    print("ValueError", e)
