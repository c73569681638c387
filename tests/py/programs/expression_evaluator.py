# A tiny expression evaluator using match, type params and except*.
from typing import Union
import asyncio

class Num:
    __match_args__ = ("value",)
    def __init__(self, value): self.value = value
class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right): self.op, self.left, self.right = op, left, right

type Expr = Num | BinOp

def tokenize(src: str) -> list[str]:
    out, num = [], ""
    for ch in src:
        if ch.isdigit():
            num += ch
            continue
        if num:
            out.append(num); num = ""
        if ch in "+-*/()":
            out.append(ch)
    if num: out.append(num)
    return out

def parse(tokens: list[str]) -> Expr:
    pos = 0
    def expr():
        nonlocal pos
        node = term()
        while pos < len(tokens) and tokens[pos] in "+-":
            op = tokens[pos]; pos += 1
            node = BinOp(op, node, term())
        return node
    def term():
        nonlocal pos
        node = atom()
        while pos < len(tokens) and tokens[pos] in "*/":
            op = tokens[pos]; pos += 1
            node = BinOp(op, node, atom())
        return node
    def atom():
        nonlocal pos
        tok = tokens[pos]; pos += 1
        if tok == "(":
            node = expr(); pos += 1
            return node
        return Num(int(tok))
    return expr()

def evaluate(e: Expr) -> float:
    match e:
        case Num(v):
            return v
        case BinOp("+", l, r): return evaluate(l) + evaluate(r)
        case BinOp("-", l, r): return evaluate(l) - evaluate(r)
        case BinOp("*", l, r): return evaluate(l) * evaluate(r)
        case BinOp("/", l, Num(0)):
            raise ZeroDivisionError("literal zero")
        case BinOp("/", l, r): return evaluate(l) / evaluate(r)
        case _:
            raise TypeError(f"bad node {e!r}")

async def worker(src):
    await asyncio.sleep(0)
    return evaluate(parse(tokenize(src)))

async def main():
    srcs = ["1+2*3", "(1+2)*3", "10/4", "8/0", "2*(3+4)*5"]
    results = await asyncio.gather(*(worker(s) for s in srcs), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    for s, r in zip(srcs, results):
        print(f"{s:>12} = {r!r}")
    try:
        raise ExceptionGroup("evaluation failed", errors)
    except* ZeroDivisionError as g:
        print("zero divisions:", [str(e) for e in g.exceptions])

asyncio.run(main())
