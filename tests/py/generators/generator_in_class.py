# __iter__ implemented as a generator method; generator methods of various kinds.
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    @staticmethod
    def count_to(n):
        yield from range(n)
    @classmethod
    def names(cls):
        yield cls.__name__
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), list(t.depth_first()), list(Tree.count_to(3)), list(Tree.names()))
print(sum(t), max(t), 3 in t, sorted(t, reverse=True))
