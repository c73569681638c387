# Recursive nested function referring to itself through a closure cell.
def solve(n):
    memo = {}
    def ways(k):
        if k < 0:
            return 0
        if k == 0:
            return 1
        if k not in memo:
            memo[k] = ways(k - 1) + ways(k - 2) + ways(k - 3)
        return memo[k]
    return ways(n)
print([solve(i) for i in range(12)])
def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for p in permutations(items[:i] + items[i + 1:]):
            out.append(items[i:i + 1] + p)
    return out
print(permutations('abc'))
print(len(permutations([1, 2, 3, 4, 5])))
