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

def g(x):
    y = x + 1
    return y

def f():
    a = g(1)
    b = g(a)
    return b

sys.setprofile(profiler)
f()
sys.setprofile(None)
