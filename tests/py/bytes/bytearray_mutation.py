# bytearray mutating methods and their error messages.
ba = bytearray(b'abc')
ba.append(100); ba.extend([101, 102]); ba.extend(b'gh'); ba.extend(bytearray(b'i')); ba.extend(iter([106]))
print(ba)
ba.insert(0, 65); ba.insert(-1, 66); ba.insert(100, 67); ba.insert(-100, 68)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(98); print(ba)
ba.reverse(); print(ba)
c = ba.copy(); c.clear(); print(ba, c, type(c).__name__)
bads = [lambda: ba.append(256), lambda: ba.append(-1), lambda: ba.append(b'x'), lambda: ba.append('x'),
        lambda: ba.extend(5), lambda: ba.extend('str'), lambda: ba.insert(0, 999),
        lambda: ba.insert('0', 1), lambda: bytearray().pop(), lambda: ba.pop(100), lambda: ba.remove(0),
        lambda: ba.remove(300), lambda: ba.extend([1, 'a']), lambda: ba.append()]
for bad in bads:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(ba)
