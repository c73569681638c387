# async with and async for: protocol calls, exceptions, break/continue/return, else.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Manager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def main():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
    async with Manager("s", suppress=True):
        raise KeyError("hidden")
    try:
        async with Manager("t"):
            raise KeyError("shown")
    except KeyError as e:
        print("caught", e)
    for i in range(3):
        async with Manager(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    total = 0
    async for x in Ticker(4):
        total += x
    else:
        print("else ran, total", total)
    async for x in Ticker(10):
        if x == 2:
            break
    else:
        print("not printed")
    print("broke at", x)
    async with Manager("ret"):
        return "returned from inside"

print(run(main()))

class NotACM:
    pass

class HalfACM:
    async def __aenter__(self):
        return 1

async def errors():
    for obj in (NotACM(), HalfACM()):
        try:
            async with obj:
                pass
        except TypeError as e:
            print("TypeError:", e)
    for obj in ([1, 2], Ticker):
        try:
            async for _ in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)

run(errors())
