import sys

def global_tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print("global", event, frame.f_code.co_name)
    return first

def first(frame, event, arg):
    print("first", event, frame.f_lineno - frame.f_code.co_firstlineno)
    return second

def second(frame, event, arg):
    print("second", event, frame.f_lineno - frame.f_code.co_firstlineno)
    return second

def f():
    a = 1
    b = 2
    return a + b

sys.settrace(global_tracer)
f()
sys.settrace(None)
