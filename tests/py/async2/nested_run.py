# asyncio.run cannot be nested inside a running loop; the loop is gone after run returns.
import asyncio

async def inner():
    return "inner"

async def main():
    loop = asyncio.get_running_loop()
    print("running loop present:", loop is not None, loop.is_running())
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    finally:
        coro.close()
    print(await inner())
    return loop

loop = asyncio.run(main())
print("loop closed after run:", loop.is_closed(), loop.is_running())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)
print(asyncio.run(inner()), asyncio.run(inner()))

def not_async():
    return 1
try:
    asyncio.run(not_async())
except ValueError as e:
    print("ValueError", e)

async def fails():
    await asyncio.sleep(0)
    raise KeyError("from main")
try:
    asyncio.run(fails())
except KeyError as e:
    print("asyncio.run propagates", repr(e))
