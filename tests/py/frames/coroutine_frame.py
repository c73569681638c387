import types

async def coro():
    return 5

c = coro()
print(type(c).__name__)
print(c.cr_frame is not None, c.cr_running, c.cr_code.co_name)
print(bool(c.cr_code.co_flags & 0x80))
print(type(c) is types.CoroutineType)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame)
