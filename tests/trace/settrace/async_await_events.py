import sys

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    co = frame.f_code
    if event == "return":
        extra = repr(arg)
        if " at 0x" in extra:
            extra = "<%s object>" % type(arg).__name__
    elif event == "exception":
        extra = arg[0].__name__
    else:
        extra = None
    line = frame.f_lineno - co.co_firstlineno
    if extra is None:
        print(event, co.co_name, line)
    else:
        print(event, co.co_name, line, extra)
    return tracer


class Pause:
    def __await__(self):
        yield "pause"
        return "resumed"

async def inner(x):
    r = await Pause()
    return x, r

async def agen():
    yield 1
    await Pause()
    yield 2

async def outer():
    a = await inner(1)
    out = [v async for v in agen()]
    async with CM():
        pass
    return a, out

class CM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        return False

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

sys.settrace(tracer)
run(outer())
sys.settrace(None)
