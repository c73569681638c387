# a suspended coroutine in a garbage cycle is closed (its finally block runs)
import gc

class Suspend:
    def __await__(self):
        yield "tick"

async def work(box):
    try:
        await Suspend()
        print("not reached")
    finally:
        print("coroutine finally")

class Box:
    pass

gc.disable()
b = Box()
b.coro = work(b)
b.me = b
print(b.coro.send(None))
del b
print("before collect")
gc.collect()
print("after collect")

gc.enable()
