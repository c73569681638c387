# print edge cases: objects with __str__, very long lines, unicode, and flush.
class S:
    def __str__(self): return 'custom str'
print(S(), [S()] != [], 'é', '日本語', '😀')
print('x' * 200)
print(1, 2, sep='\t', end='\t|\n')
print(*['a', 'b', 'c'], sep='\n')
print('', end='')
print('after empty end')
print(*[], sep='unused')
class BadStr:
    def __str__(self): return 5
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
