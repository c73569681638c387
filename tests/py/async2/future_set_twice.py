# Setting a finished or cancelled Future again raises InvalidStateError("invalid state").
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(1)
    for op in (lambda: fut.set_result(2), lambda: fut.set_exception(ValueError())):
        try:
            op()
        except Exception as e:
            print(type(e).__name__, e)
    c = loop.create_future()
    c.cancel()
    try:
        c.set_result(3)
    except Exception as e:
        print(type(e).__name__, e)
    print(fut.result(), c.cancelled())

asyncio.run(main())
