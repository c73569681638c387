# Cancelling a task raises CancelledError at its await; finally blocks still run.
import asyncio

async def worker(log):
    try:
        log.append("worker start")
        await asyncio.sleep(10)
        log.append("never")
    except asyncio.CancelledError:
        log.append("worker saw CancelledError")
        raise
    finally:
        log.append("worker finally")
        await asyncio.sleep(0)
        log.append("worker finally after await")

async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    print("cancel() returned", t.cancel())
    print("done right after cancel:", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", type(e).__name__, e.args)
    print(log)
    print(t.done(), t.cancelled(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError")

    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed cancellation"
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    early = asyncio.create_task(worker(log))
    early.cancel()
    try:
        await early
    except asyncio.CancelledError:
        print("cancelled before it started:", early.cancelled())

asyncio.run(main())
