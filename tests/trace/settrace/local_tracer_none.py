import sys

def global_tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print("global", event, frame.f_code.co_name)
    if frame.f_code.co_name == "traced":
        return local_tracer
    return None

def local_tracer(frame, event, arg):
    print("local", event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    return local_tracer

def traced():
    a = 1
    return a

def untraced():
    b = 2
    return b

sys.settrace(global_tracer)
traced()
untraced()
sys.settrace(None)
