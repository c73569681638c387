# Task API: done/result/exception before and after completion, names, done callbacks.
import asyncio

async def value(x):
    await asyncio.sleep(0)
    return x

async def broken():
    await asyncio.sleep(0)
    raise LookupError("broken task")

async def main():
    t = asyncio.create_task(value(7), name="seven")
    print(t.get_name(), t.done())
    for meth in (t.result, t.exception):
        try:
            meth()
        except Exception as e:
            print(type(e).__name__, e)
    calls = []
    t.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
    t.add_done_callback(lambda fut: calls.append(("cb2", fut is t)))
    await t
    await asyncio.sleep(0)
    print(t.done(), t.result(), t.exception(), calls)
    t.set_name("renamed")
    print(t.get_name())
    b = asyncio.create_task(broken())
    await asyncio.sleep(0.01)
    print(b.done(), repr(b.exception()))
    try:
        b.result()
    except LookupError as e:
        print("result() re-raises", repr(e))
    print(type(t).__name__, isinstance(t, asyncio.Future))
    me = asyncio.current_task()
    print(me is not None, me.done(), me is not t)
    c = asyncio.create_task(value(1))
    print(c.get_coro().__name__, c.remove_done_callback(print))
    await c

asyncio.run(main())
