# list methods.
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); l.extend(range(2)); l.extend('ab'); print(l)
l.insert(0, 'first'); l.insert(100, 'last'); l.insert(-1, 'before last'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('a'); print(l, l.index(2), l.index(1, 3), l.count(1))
l2 = l.copy(); l2.clear(); print(l, l2)
l.reverse(); print(l)
nums = [5, 2, 9, 1]
print(nums.sort(), nums, sorted(nums, reverse=True))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [1, 2].index(1, 1), lambda: [1].insert(), lambda: [1, 'a'].sort()]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
