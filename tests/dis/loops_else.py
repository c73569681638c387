def f(n2i, seen, stack):
    for node in n2i:
        while True:
            if node:
                seen.add(node)
            while stack:
                try:
                    node = stack[-1]
                    break
                except StopIteration:
                    stack.pop()
            else:
                break
    return None
