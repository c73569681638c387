# Bounds and constraints are evaluated lazily, so they may name classes defined later.
class Node[T: Tree]:
    pass

class Pair[A: (Leaf, Tree), B: "Leaf"]:
    pass

def walk[N: Tree](n: N) -> N:
    return n

class Tree:
    pass

class Leaf(Tree):
    pass

(T,) = Node.__type_params__
print(T.__bound__, T.__constraints__)
A, B = Pair.__type_params__
print(A.__bound__, A.__constraints__, repr(B.__bound__))
print(walk.__type_params__[0].__bound__)

calls = []
def trace(name, value):
    calls.append(name)
    return value

class Counted[X: trace("bound", int), Y: (trace("c1", str), trace("c2", bytes))]:
    pass
print("after class statement:", calls)
X, Y = Counted.__type_params__
print(X.__bound__, X.__bound__, Y.__constraints__, Y.__constraints__)
print("after access:", calls)

class Broken[Z: DoesNotExist]:
    pass
(Z,) = Broken.__type_params__
for _ in range(2):
    try:
        Z.__bound__
    except NameError as e:
        print("NameError", e)
DoesNotExist = float
print(Z.__bound__)
