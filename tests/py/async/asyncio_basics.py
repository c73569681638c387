# asyncio.run, sleep ordering, gather, create_task, task names and results.
import asyncio

async def say(word, delay, log):
    await asyncio.sleep(delay)
    log.append(word)
    return word

async def main():
    log = []
    r = await asyncio.gather(say("slow", 0.03, log), say("fast", 0.01, log), say("now", 0, log))
    print(r, log)
    t1 = asyncio.create_task(say("t1", 0, log), name="first")
    t2 = asyncio.create_task(say("t2", 0, log))
    print(t1.get_name(), t1.done())
    print(await t1, await t2, t1.done(), t2.result())
    print(asyncio.current_task() is not None)
    order = []
    async def step(name):
        for i in range(3):
            order.append(f"{name}{i}")
            await asyncio.sleep(0)
    await asyncio.gather(step("a"), step("b"))
    print(order)
    print(await asyncio.gather())
    return "done"

print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(main), asyncio.iscoroutinefunction(print))
try:
    asyncio.run(123)
except ValueError as e:
    print("ValueError:", e)
