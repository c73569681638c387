# Task.cancelling() counts pending cancel requests; uncancel() decrements it.
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print("inside, cancelling =", me.cancelling())
        print("uncancel ->", me.uncancel(), me.cancelling())
        return "recovered"

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print("before cancel", t.cancelling())
    t.cancel()
    t.cancel()
    print("after two cancels", t.cancelling())
    print(await t, t.cancelled(), t.cancelling())

asyncio.run(main())
