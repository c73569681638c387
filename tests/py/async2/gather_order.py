# gather returns results in argument order; completion order follows the sleep lengths.
import asyncio

async def job(name, delay, done):
    await asyncio.sleep(delay)
    done.append(name)
    return f"{name}:{delay}"

async def main():
    done = []
    results = await asyncio.gather(job("slow", 0.03, done), job("mid", 0.02, done),
                                   job("fast", 0.01, done), job("instant", 0, done))
    print(results)
    print(done)
    done.clear()
    tasks = [asyncio.create_task(job(f"t{i}", d, done)) for i, d in enumerate((0.02, 0, 0.01))]
    print(await asyncio.gather(*tasks), done)
    nested = await asyncio.gather(asyncio.gather(job("n1", 0.01, done), job("n2", 0, done)),
                                  job("n3", 0, done))
    print(nested)
    r = await asyncio.gather(*(asyncio.sleep(0, result=i * i) for i in range(5)))
    print(r, type(r).__name__)

asyncio.run(main())
