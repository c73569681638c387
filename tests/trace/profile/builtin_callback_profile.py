import sys

def profiler(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    co = frame.f_code
    line = frame.f_lineno - co.co_firstlineno
    if event.startswith("c_"):
        print(event, co.co_name, line, arg.__name__)
    elif event == "return":
        print(event, co.co_name, line, repr(arg))
    else:
        print(event, co.co_name, line)

def key(v):
    return -v

def f():
    return sorted([1, 2], key=key)

sys.setprofile(profiler)
f()
sys.setprofile(None)
