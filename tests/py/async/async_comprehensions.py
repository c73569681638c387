# Comprehensions with async for and await, inside coroutines.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def arange(n):
    for i in range(n):
        yield i

async def double(x):
    return 2 * x

async def main():
    a = [x async for x in arange(5)]
    b = {x: x * x async for x in arange(4) if x % 2}
    c = {x async for x in arange(3)}
    d = [await double(x) for x in range(3)]
    e = [(x, y) async for x in arange(2) for y in range(2)]
    f = [x for x in range(2) async for y in arange(1)]
    g = (x * 10 async for x in arange(3))
    h = [v async for v in g]
    nested = [[y async for y in arange(x)] async for x in arange(3)]
    return a, b, sorted(c), d, e, f, h, nested

for item in run(main()):
    print(item)

gen_expr = (x async for x in arange(2))
print(type(gen_expr).__name__)

for src in ("def f():\n    return [x async for x in y]\n",
            "def f():\n    await x\n",
            "await x\n",
            "async def f():\n    yield from x\n",
            "def f():\n    async with x:\n        pass\n",
            "def f():\n    async for x in y:\n        pass\n"):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
