# asyncio.TaskGroup: waits for its tasks; a failure cancels the rest and leaves as an ExceptionGroup.
import asyncio

async def ok(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name

async def boom(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def slow(log):
    try:
        await asyncio.sleep(1)
        log.append("slow finished")
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise

async def main():
    log = []
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(ok("a", 0.01, log))
        t2 = tg.create_task(ok("b", 0, log))
    print(t1.result(), t2.result(), log)

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log))
            tg.create_task(boom("first", 0.01))
            tg.create_task(ok("c", 0, log))
            await asyncio.sleep(0.5)
            log.append("body not cancelled?")
    except* ValueError as eg:
        print("caught", repr(eg), [str(e) for e in eg.exceptions])
    print(log)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log))
            raise KeyError("body")
    except* KeyError as eg:
        print("body error", repr(eg))
    print(log)

    tg = asyncio.TaskGroup()
    try:
        tg.create_task(ok("x", 0, []))
    except RuntimeError as e:
        print("RuntimeError", e)

asyncio.run(main())
