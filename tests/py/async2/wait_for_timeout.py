# wait_for: results within the timeout, TimeoutError after it, and the inner task gets cancelled.
import asyncio

async def slow(log, delay):
    try:
        await asyncio.sleep(delay)
        return "finished"
    except asyncio.CancelledError:
        log.append("inner cancelled")
        raise
    finally:
        log.append("inner finally")

async def main():
    log = []
    print(await asyncio.wait_for(slow(log, 0), timeout=1))
    print(log)
    log.clear()
    try:
        await asyncio.wait_for(slow(log, 1), timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", type(e).__name__, e.args, asyncio.TimeoutError is TimeoutError)
    print(log)
    print(await asyncio.wait_for(slow(log, 0), timeout=None))
    log.clear()
    try:
        await asyncio.wait_for(slow(log, 0.01), timeout=0)
    except TimeoutError:
        print("timeout=0 times out at once", log)

    async def raises():
        await asyncio.sleep(0)
        raise ValueError("inner error wins")
    try:
        await asyncio.wait_for(raises(), timeout=1)
    except ValueError as e:
        print("ValueError", e)

    async def catches_timeout():
        try:
            await asyncio.wait_for(asyncio.sleep(1), 0.01)
        except TimeoutError:
            return "handled inside"
    print(await catches_timeout())

asyncio.run(main())
