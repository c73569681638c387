# async for over classes implementing __aiter__/__anext__, and protocol errors.
import asyncio
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1
class Pages:
    def __init__(self, pages):
        self.pages = pages
    def __aiter__(self):
        return PageIter(self.pages)
class PageIter:
    def __init__(self, pages):
        self.it = iter(pages)
    async def __anext__(self):
        try:
            return next(self.it)
        except StopIteration:
            raise StopAsyncIteration from None
class NoAnext:
    def __aiter__(self):
        return self
class SyncAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1
async def main():
    async for x in Countdown(3):
        print("tick", x)
    else:
        print("loop else ran")
    p = Pages(["a", "b"])
    print([x async for x in p], [x async for x in p])
    async for x in Countdown(5):
        if x == 3:
            break
    print("broke at", x)
    for obj in (NoAnext(), SyncAnext(), [1, 2]):
        try:
            async for _ in obj:
                pass
        except TypeError as e:
            print("TypeError", e)
    it = aiter(Countdown(2))
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
asyncio.run(main())
