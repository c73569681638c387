# Exceptions used for control flow inside loops.
results = []
for s in ['1', 'x', '3', '', '5']:
    try:
        results.append(int(s))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append('|')
print(results)
it = iter([1, 2, 3])
while True:
    try:
        v = next(it)
    except StopIteration:
        print('exhausted')
        break
    print('got', v)
