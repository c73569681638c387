# types.coroutine makes generator functions awaitable.
import types

@types.coroutine
def legacy(x):
    got = yield ("legacy", x)
    return got * 2

async def modern():
    return await legacy(5)

c = modern()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("result", e.value)
print(bool(legacy.__code__.co_flags & 0x100), legacy.__name__)

@types.coroutine
def delegating():
    r = yield from modern_inner()
    return r

async def modern_inner():
    return "inner"

g = delegating()
try:
    g.send(None)
except StopIteration as e:
    print("delegated", e.value)

def plain():
    return "not a generator"
wrapped = types.coroutine(plain)
print(wrapped(), wrapped.__name__)
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError:", e)
