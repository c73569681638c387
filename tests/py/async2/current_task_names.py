# current_task inside tasks, default Task-N names, and explicit names.
import asyncio

async def who():
    await asyncio.sleep(0)
    return asyncio.current_task().get_name()

async def main():
    print(asyncio.current_task().get_name())
    t1 = asyncio.create_task(who())
    t2 = asyncio.create_task(who(), name="custom")
    t3 = asyncio.create_task(who())
    print(await asyncio.gather(t1, t2, t3))
    print(await who())
    names = await asyncio.gather(who(), who())
    print(names)
    t4 = asyncio.create_task(who(), name=123)
    print(repr(await t4))

try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError", e)
asyncio.run(main())
