# Ten million objects in reference cycles, each cycle dropped as soon as it is built.
# Reference counting alone never frees them: only the cycle collector keeps memory bounded.
# Run by gc_memory.py, which compares peak memory with CPython's.
import sys


class Node:
    def __init__(self, tag):
        self.tag = tag
        self.peer = None


def build(n_cycles):
    # Each iteration makes 5 objects in one cycle: two instances, a list and a dict that
    # refer to each other, and a closure cell in a function that refers to itself.
    for i in range(n_cycles):
        a = Node(i)
        b = Node(i)
        a.peer = b
        b.peer = a
        items = [a, b]
        a.items = items
        items.append(items)
        registry = {"a": a}
        registry["self"] = registry
        b.registry = registry


objects_per_cycle = 5
total = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000
build(total // objects_per_cycle)
print("built", total, "objects in cycles")
