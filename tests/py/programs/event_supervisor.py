# An event-driven simulation: async generators, async context managers, cancellation,
# exception groups from a supervisor, and a traceback printed by the traceback module.
import asyncio, traceback

class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    async def __aenter__(self):
        self.log.append(f"open {self.name}")
        return self
    async def __aexit__(self, et, ev, tb):
        self.log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return False

async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        pass

async def job(name, n, log, fail_at=None):
    async with Resource(name, log):
        async for t in ticks(n, 0):
            if t == fail_at:
                raise ValueError(f"{name} failed at {t}")
            log.append(f"{name}:{t}")
    return name

async def supervisor():
    log = []
    specs = [("a", 3, None), ("b", 2, 1), ("c", 2, None), ("d", 3, 0)]
    results = await asyncio.gather(*(job(n, k, log, f) for n, k, f in specs), return_exceptions=True)
    failures = [r for r in results if isinstance(r, BaseException)]
    print([r if isinstance(r, str) else type(r).__name__ for r in results])
    print("\n".join(log))
    if failures:
        raise ExceptionGroup("jobs failed", failures)

async def main():
    try:
        await supervisor()
    except* ValueError as g:
        print("failed jobs:", sorted(str(e) for e in g.exceptions))
        text = traceback.format_exception_only(g)
        print(text)
    t = asyncio.create_task(job("slow", 100, []))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())

asyncio.run(main())
