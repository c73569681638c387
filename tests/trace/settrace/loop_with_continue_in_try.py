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

def f():
    out = 0
    for i in range(3):
        try:
            if i == 1:
                continue
            out += i
        finally:
            out += 10
    return out

sys.settrace(tracer)
f()
sys.settrace(None)
