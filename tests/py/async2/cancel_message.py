# Task.cancel(msg) passes the message to the CancelledError raised inside and outside.
import asyncio

async def sleeper(seen):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        seen.append(e.args)
        raise

async def main():
    seen = []
    t = asyncio.create_task(sleeper(seen))
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args)
    print("inside:", seen)

    t2 = asyncio.create_task(sleeper(seen))
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError as e:
        print("no message:", e.args)

    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))
    try:
        try:
            raise asyncio.CancelledError("direct")
        except Exception:
            print("caught as Exception?")
    except BaseException as e:
        print("only BaseException catches it:", repr(e))

asyncio.run(main())
