# yield from a coroutine's __await__() iterator inside a custom awaitable.
import asyncio

class Delegate:
    def __init__(self, seconds):
        self.seconds = seconds
    def __await__(self):
        result = yield from asyncio.sleep(self.seconds, result="slept").__await__()
        return result.upper()

async def plain():
    await asyncio.sleep(0)
    return "plain"

class Wrap:
    def __await__(self):
        it = plain().__await__()
        print(type(it).__name__, iter(it) is it)
        return (yield from it)

async def main():
    print(await Delegate(0.01))
    print(await Wrap())

asyncio.run(main())
