import sys

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    if event == "line" and frame.f_lineno - frame.f_code.co_firstlineno == 2:
        raise RuntimeError("from tracer")
    return tracer

def f():
    a = 1
    b = 2
    return a + b

sys.settrace(tracer)
try:
    f()
except RuntimeError as e:
    print("caught", e)
print(sys.gettrace())
f()
print("end")
