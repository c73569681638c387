# Exceptions raised in tasks keep their __cause__, __context__ and notes when awaited.
import asyncio

async def low():
    await asyncio.sleep(0)
    raise KeyError("low level")

async def mid():
    try:
        await low()
    except KeyError as e:
        err = RuntimeError("mid level")
        err.add_note("while loading config")
        raise err from e

async def implicit():
    try:
        await low()
    except KeyError:
        await asyncio.sleep(0)
        raise ValueError("during handling")

async def main():
    t = asyncio.create_task(mid())
    try:
        await t
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__, e.__notes__)
        print(t.exception() is e)
    try:
        await asyncio.gather(implicit())
    except ValueError as e:
        print(repr(e), repr(e.__context__), e.__cause__)
    try:
        await asyncio.wait_for(mid(), 1)
    except RuntimeError as e:
        print("through wait_for:", repr(e.__cause__))

asyncio.run(main())
