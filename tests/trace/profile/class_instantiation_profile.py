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

class P:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "P(%d)" % self.v

def f():
    p = P(1)
    return repr(p)

sys.setprofile(profiler)
f()
sys.setprofile(None)
