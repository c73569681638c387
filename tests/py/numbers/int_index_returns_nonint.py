# The TypeError for a bad __index__ names __index__ (and __int__ when it is the one used).
class BadIndex:
    def __index__(self):
        return 1.5
class BadInt:
    def __int__(self):
        return 2.5
for obj in [BadIndex(), BadInt()]:
    for conv in [int, lambda o: [0, 1, 2][o], hex, lambda o: range(o), lambda o: 'ab' * o, lambda o: (5).__rshift__(o)]:
        try:
            print(conv(obj))
        except TypeError as e:
            print(type(obj).__name__, type(e).__name__, e)
