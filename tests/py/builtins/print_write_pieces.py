# print() writes each argument, separator and end as separate write() calls.
import sys
class Collector:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self): self.parts.append('<flush>')
c = Collector()
print(1, 2, 3, sep=', ', end=';', file=c)
print('again', file=c, flush=True)
print(file=c)
print('a', 'b', sep='', end='', file=c)
print(c.parts)
class BadStr:
    def __str__(self): raise ValueError('str failed')
try:
    print('before', BadStr(), 'after')
except ValueError as e:
    print()
    print(type(e).__name__, e)
c2 = Collector()
try:
    print('x', BadStr(), file=c2)
except ValueError as e:
    print(c2.parts, type(e).__name__)
