import sys
for i in range(3):
    print("line", i)
    print("err", i, file=sys.stderr)
assert i == 0, "i should be zero"
