import sys

jumped = []

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "line" and frame.f_code.co_name == "f":
        rel = frame.f_lineno - frame.f_code.co_firstlineno
        if rel == 3 and not jumped:
            jumped.append(1)
            frame.f_lineno = frame.f_code.co_firstlineno + 2
    return tracer

def f():
    out = []
    out.append("a")
    out.append("b")
    return out

sys.settrace(tracer)
print(f())
sys.settrace(None)
