# A traceback through awaited coroutines shows each await.
import asyncio

async def level3():
    await asyncio.sleep(0)
    return 1 / 0

async def level2():
    return await level3()

async def level1():
    try:
        await level2()
    except ZeroDivisionError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(names)
    await level2()

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

run(level1())
