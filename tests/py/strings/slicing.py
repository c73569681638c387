# String indexing and slicing, including negative steps and out-of-range bounds.
s = 'abcdefghij'
print(s[0], s[-1], s[3:6], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[::-2], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[2:100], s[-1:-4:-1], s[:], s[None:None:None])
print(s[slice(2, 5)], s[slice(None, None, -3)], s[3:-3], s[-7:-2:2])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'z'
except TypeError as e:
    print(type(e).__name__, e)
