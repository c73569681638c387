import sys

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "line" and frame.f_code.co_name == "f":
        rel = frame.f_lineno - frame.f_code.co_firstlineno
        print("line", rel)
        if rel == 2:
            frame.f_lineno = frame.f_code.co_firstlineno + 4
    return tracer

def f():
    out = []
    out.append(1)
    out.append(2)
    out.append(3)
    out.append(4)
    return out

sys.settrace(tracer)
print(f())
sys.settrace(None)
