# Walking an expression tree of small classes with __match_args__: eval and simplify.
class Num:
    __match_args__ = ("value",)
    def __init__(self, value): self.value = value
    def __repr__(self): return f"Num({self.value})"

class Var:
    __match_args__ = ("name",)
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Var({self.name!r})"

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right): self.op, self.left, self.right = op, left, right
    def __repr__(self): return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"

def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"unbound {name}")
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"bad op {op}")

def simplify(node):
    match node:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match op, l, r:
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case _, Num(a), Num(b):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
            return BinOp(op, l, r)
        case _:
            return node

tree = BinOp("+", BinOp("*", Num(1), Var("x")), BinOp("*", Num(2), Num(3)))
print(simplify(tree))
print(evaluate(tree, {"x": 10}))
print(simplify(BinOp("*", BinOp("+", Var("y"), Num(0)), Num(0))))
print(simplify(BinOp("+", Num(0), BinOp("*", Var("z"), Num(1)))))
for bad in (Var("q"), BinOp("-", Num(1), Num(2))):
    try:
        evaluate(bad, {})
    except (NameError, ValueError) as e:
        print(type(e).__name__, e)
