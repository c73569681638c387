# asyncio.timeout(): the deadline cancels the task and TimeoutError leaves the block.
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out", type(e.__cause__).__name__, cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("in time", cm.expired(), repr(cm)[:17])
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print("no deadline", cm.when())
    try:
        async with asyncio.timeout(0.01) as cm:
            cm.reschedule(None)
            await asyncio.sleep(0.02)
            print("rescheduled away")
    except TimeoutError:
        print("should not time out")
    try:
        async with asyncio.timeout(0) as cm:
            await asyncio.sleep(0)
    except TimeoutError:
        print("zero timeout expires")

asyncio.run(main())
