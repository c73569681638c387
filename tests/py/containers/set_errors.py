# set error messages: remove/pop KeyError, unhashable elements, arity errors.
s = {1, 2}
bads = [lambda: s.remove(9), lambda: set().pop(), lambda: s.remove((1, 2)), lambda: s.add([]), lambda: s.remove([]),
        lambda: [] in s, lambda: s.discard({}), lambda: {[1]}, lambda: set([{}]), lambda: s.add(),
        lambda: s.update([1], 5), lambda: set(1), lambda: set([], []), lambda: s < 1, lambda: s.issubset(),
        lambda: set.add(frozenset(), 1), lambda: s + s, lambda: s[0]]
for bad in bads:
    try:
        print(bad())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
print(s, {frozenset()} , set() == frozenset(), {1} in [{1}], frozenset({1}) in {frozenset({1}): 1})
print({1} in {frozenset({1})}, {frozenset({1})}.__contains__({1}))
try:
    print(set([1]) in {frozenset([1]): 'x'})
except TypeError as e:
    print(type(e).__name__, e)
