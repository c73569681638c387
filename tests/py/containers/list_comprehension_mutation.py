# Common list idioms: stack, queue (via pop(0)), dedupe preserving order, chunking.
stack = []
for c in 'abc':
    stack.append(c)
print([stack.pop() for _ in range(len(stack))])
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
seen = set()
out = []
for x in [3, 1, 3, 2, 1, 4]:
    if x not in seen:
        seen.add(x)
        out.append(x)
print(out, list(dict.fromkeys([3, 1, 3, 2, 1, 4])))
data = list(range(10))
print([data[i:i + 3] for i in range(0, len(data), 3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)])
print(sorted(set([5, 3, 5, 1])), list(map(list, zip('ab', 'cd'))))
