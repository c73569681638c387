# Async context managers: __aexit__ sees the exception and may suppress it by returning True.
import asyncio

class Guard:
    def __init__(self, name, suppress):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"enter {self.name}")
        return self
    async def __aexit__(self, typ, val, tb):
        await asyncio.sleep(0)
        print(f"exit {self.name}: {typ.__name__ if typ else None} {val!r} tb={tb is not None}")
        return self.suppress

async def main():
    async with Guard("quiet", True) as g:
        print("inside", g.name)
        raise ValueError("swallowed")
    print("after quiet")
    try:
        async with Guard("loud", False):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    async with Guard("outer", False), Guard("inner", True):
        raise RuntimeError("only inner sees")
    print("after nested")
    async with Guard("clean", True):
        pass
    try:
        async with Guard("truthy", "yes"):
            raise TypeError("suppressed by truthy value")
        print("truthy suppressed")
    except TypeError:
        print("not suppressed")

    class BadEnter:
        async def __aenter__(self):
            raise OSError("enter failed")
        async def __aexit__(self, *a):
            print("exit should not run")
    try:
        async with BadEnter():
            print("body should not run")
    except OSError as e:
        print("OSError", e)

asyncio.run(main())
