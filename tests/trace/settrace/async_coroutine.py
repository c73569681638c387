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

async def inner():
    return 1

async def outer():
    v = await inner()
    return v + 1

sys.settrace(tracer)
c = outer()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
sys.settrace(None)
