# Driving coroutines by hand: send, throw, close, cr_* attributes, StopIteration values.
import types

class Yield:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return got

async def add(a, b):
    x = await Yield(a)
    y = await Yield(b)
    return x + y

c = add("first", "second")
print(type(c).__name__, isinstance(c, types.CoroutineType), c.__name__, c.__qualname__)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_code.co_name, c.cr_frame.f_lineno)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_suspended)
print(c.send(10))
try:
    c.send(32)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame, c.cr_await)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c2 = add(1, 2)
try:
    c2.send(5)
except TypeError as e:
    print("TypeError:", e)
c2.send(None)
try:
    c2.throw(KeyError("k"))
except KeyError as e:
    print("thrown through:", repr(e))

c3 = add(1, 2)
c3.send(None)
c3.close()
print("closed", c3.cr_frame)

async def catches():
    try:
        await Yield("waiting")
    except ValueError as e:
        return "handled " + str(e)

c4 = catches()
c4.send(None)
try:
    c4.throw(ValueError("bad"))
except StopIteration as e:
    print(e.value)

w = add(3, 4).__await__()
print(type(w).__name__, next(w), w.send(5))
try:
    w.send(6)
except StopIteration as e:
    print("wrapper returned", e.value)
