# __contains__ and the fallbacks through __iter__ and __getitem__.
class Evens:
    def __contains__(self, x):
        print('contains', x)
        return x % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class ViaIter:
    def __iter__(self):
        print('iter')
        yield 1
        yield 2
print(2 in ViaIter(), 5 in ViaIter())
class Truthy:
    def __contains__(self, x):
        return 'nonempty'
print(1 in Truthy())
class Nothing: pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
