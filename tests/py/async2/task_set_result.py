# Tasks refuse set_result and set_exception: only their coroutine decides the outcome.
import asyncio

async def work():
    await asyncio.sleep(0)
    return "work"

async def main():
    t = asyncio.create_task(work())
    for op in (lambda: t.set_result(1), lambda: t.set_exception(ValueError("x"))):
        try:
            op()
        except Exception as e:
            print(type(e).__name__, e)
    print(await t)
    try:
        t.set_result(2)
    except Exception as e:
        print("after done:", type(e).__name__, e)

asyncio.run(main())
