# iter (one and two-argument forms) and next.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
values = [1, 2, 3, 0, 4]
pos = 0
def producer():
    global pos
    pos += 1
    return values[pos - 1]
print(list(iter(producer, 0)), pos)
counter = iter(range(100).__iter__().__next__, 5)
print(list(counter))
print(iter(it) is it, type(iter('ab')).__name__, type(iter({})).__name__, type(iter(range(2))).__name__)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
class Calls:
    n = 0
    def __call__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(iter(Calls(), 'never')))
