# Recursive algorithms with explicit memo dicts and accumulators.
def count_change(amount, coins, memo=None):
    if memo is None:
        memo = {}
    key = (amount, len(coins))
    if key in memo:
        return memo[key]
    if amount == 0:
        r = 1
    elif amount < 0 or not coins:
        r = 0
    else:
        r = count_change(amount - coins[0], coins, memo) + count_change(amount, coins[1:], memo)
    memo[key] = r
    return r
print(count_change(100, [50, 25, 10, 5, 1]), count_change(300, [1, 2, 5, 10, 20, 50, 100, 200]))
def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]
print(subsets([1, 2, 3]))
def binary_search(lst, target, lo=0, hi=None):
    if hi is None:
        hi = len(lst)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if lst[mid] == target:
        return mid
    if lst[mid] < target:
        return binary_search(lst, target, mid + 1, hi)
    return binary_search(lst, target, lo, mid)
data = list(range(0, 200, 3))
print(binary_search(data, 99), binary_search(data, 100), binary_search(data, 0), binary_search(data, 198))
