import sys

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print("trace", event, frame.f_code.co_name)
    return tracer

def profiler(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    print("prof", event, frame.f_code.co_name)

def f():
    return abs(-1)

sys.settrace(tracer)
sys.setprofile(profiler)
f()
sys.setprofile(None)
sys.settrace(None)
