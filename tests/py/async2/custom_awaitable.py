# Objects with __await__: generator-based awaitables under asyncio and by hand.
import asyncio

class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        return self.value
        yield

class YieldOnce:
    def __await__(self):
        yield
        return "after one yield"

class Delegate:
    def __init__(self, seconds):
        self.seconds = seconds
    def __await__(self):
        result = yield from Ready("slept").__await__()
        yield
        return result.upper()

class Bad:
    def __await__(self):
        return 42

class Chain:
    def __await__(self):
        a = yield from Ready(1).__await__()
        b = yield from YieldOnce().__await__()
        return (a, b)

async def main():
    print(await Ready("ready"))
    print(await YieldOnce())
    print(await Delegate(0.01))
    print(await Chain())
    print(await asyncio.gather(Ready(1), YieldOnce(), Delegate(0)))
    try:
        await Bad()
    except TypeError as e:
        print("TypeError", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())

async def by_hand():
    return await YieldOnce()
c = by_hand()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
