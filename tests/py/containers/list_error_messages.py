# list method error messages.
l = [1, 2, 3, 2]
bads = [lambda: l.remove(9), lambda: l.remove('a'), lambda: l.index(9), lambda: l.index(2, 4), lambda: l.index(1, -2),
        lambda: l.index(2, 0, 1), lambda: [].pop(), lambda: l.pop(10), lambda: l.pop(-10), lambda: l.pop('0'),
        lambda: l.insert(0), lambda: l.index(), lambda: l.count(), lambda: l.append(1, 2), lambda: l.extend(5),
        lambda: l.extend(None), lambda: l[10], lambda: l['a'], lambda: l[1.0:], lambda: l.sort(key=1),
        lambda: l.sort(1), lambda: l.sort(reversed=True), lambda: l + (1,), lambda: l * 'x', lambda: l.copy(1),
        lambda: l.index(2, 'a'), lambda: l.__setitem__(10, 0), lambda: l.__delitem__(-5), lambda: list(5), lambda: list(1, 2)]
for bad in bads:
    try:
        print(bad())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(l)
