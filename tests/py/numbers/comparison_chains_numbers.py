# Comparisons between numbers of different types and special values.
nan, inf = float('nan'), float('inf')
print(1 < 2.5 < 3, -inf < -10 ** 400 < 0 < 10 ** 400 < inf, 0 == 0.0 == -0.0 == 0j)
print(nan < 1, nan > 1, nan == nan, nan != nan, nan is nan, [nan] == [nan])
print(sorted([3, -1.5, 2, 0, True, -0.0, 2.0]), max(2, 2.0, key=type(1).__hash__) if False else 'skip')
print(2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63, 9007199254740993 > 9007199254740992.0)
print(1 == True, 0 == False, 2 == True, 1.0 == True, (1 + 0j) == True)
try:
    1 < 1j
except TypeError as e:
    print(type(e).__name__, e)
