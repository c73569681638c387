# gather: the first exception propagates (others keep running) or return_exceptions collects them.
import asyncio

async def ok(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    log = []
    try:
        await asyncio.gather(ok("a", 0.02, log), fail(ValueError("boom"), 0.01), ok("b", 0, log))
    except ValueError as e:
        print("propagated:", repr(e), "log so far:", log)
    await asyncio.sleep(0.03)
    print("siblings kept running:", log)

    log.clear()
    res = await asyncio.gather(ok("c", 0, log), fail(KeyError("k"), 0), fail(OSError(2, "x"), 0),
                               return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    print(repr(res[1]), str(res[2]))

    first = None
    try:
        await asyncio.gather(fail(TypeError("first"), 0.01), fail(LookupError("second"), 0.02))
    except Exception as e:
        first = e
    print("only the first:", repr(first))
    await asyncio.sleep(0.03)

    t = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, ok("d", 0, log), return_exceptions=True)
    print([type(r).__name__ for r in res])

asyncio.run(main())
