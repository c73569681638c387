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

def inner():
    yield 1
    return 2

def outer():
    r = yield from inner()
    yield r

sys.settrace(tracer)
list(outer())
sys.settrace(None)
