# The for statement calls iter() once, then next() until StopIteration.
class Trace:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print('__iter__ called')
        self.i = 0
        return self
    def __next__(self):
        print('__next__ called, i =', self.i)
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
for v in Trace(2):
    print('body', v)
for v in Trace(3):
    if v == 2:
        break
print('after break: no further __next__')
