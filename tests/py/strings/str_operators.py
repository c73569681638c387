# in, *, +, comparisons, and str() of numbers.
print('ell' in 'hello', '' in 'abc', 'z' not in 'abc', 'abc' in 'ab')
print('ab' * 3, 3 * 'ab', 'x' * 0, 'x' * -2, '' * 100)
print('a' + 'b' + 'c', 'abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'a' == 'a', 'a' != 'b')
print(str(42), str(-7), str(3.0), str(1e100), str(0.1), str(1 / 3), str(True), str(None), str(2 ** 100))
print(str(1e16), str(1e15), str(123456789012345678.0), str(1.5e-7), str(-0.0), str(10 ** 21 * 1.0))
print(str(), str(b'x'), str([1, 'a']), str(('a',)), str({'k': 'v'}))
try:
    'a' in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
