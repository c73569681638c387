# Default task names come from one process-wide counter shared by every event loop.
import asyncio

async def who():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    names = [asyncio.current_task().get_name()]
    names += await asyncio.gather(who(), who())
    return names

print(asyncio.run(main()))
print(asyncio.run(main()))
print(asyncio.run(main()))
