# While a coroutine runs, its frame links to the frame that awaited it; f_back walks the chain.
import sys

def chain():
    f = sys._getframe(1)
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names

async def leaf():
    return chain()

async def middle():
    return await leaf()

async def top():
    return await middle()

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(top()))

class Pause:
    def __await__(self):
        yield

async def paused():
    await Pause()
    return sys._getframe().f_back.f_code.co_name

c = paused()
c.send(None)
print(c.cr_frame.f_code.co_name, c.cr_frame.f_back, c.cr_frame.f_lineno)
def resumer():
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(resumer())
print(c.cr_frame)
