# COMPARE_OP pushes what the comparison method returned (bool or not); ints and floats
# (NaN included) compare inline, alone and fused with a conditional jump.
class X:
    def __lt__(self, o):
        return "lt"

    def __le__(self, o):
        return "le-result"

    def __eq__(self, o):
        return 0

    def __ne__(self, o):
        return [1]

    def __gt__(self, o):
        return None

    def __ge__(self, o):
        return 2.5


a, b = X(), X()
print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print("truthy" if a <= b else "falsy", "truthy" if a == b else "falsy", "truthy" if a > b else "falsy")

nan = float("nan")
vals = [1, 2, -3, 2.5, nan, float("inf"), 2.0]
for x in vals:
    row = []
    for y in vals:
        row.append("".join("1" if c else "0" for c in (x < y, x <= y, x == y, x != y, x > y, x >= y)))
        t = 0
        if x < y:
            t += 1
        if x <= y:
            t += 2
        if x == y:
            t += 4
        if x != y:
            t += 8
        if x > y:
            t += 16
        if x >= y:
            t += 32
        row.append(str(t))
    print(" ".join(row))
n = 0
i = 10
while i >= 0:
    i -= 1
    n += 1
print(n, 3 <= 3 < 4 != 5, 1 < 2 > 3)
