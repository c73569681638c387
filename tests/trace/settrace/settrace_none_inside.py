import sys

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    print(event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    if event == "line" and frame.f_lineno - frame.f_code.co_firstlineno == 2:
        sys.settrace(None)
    return tracer

def g():
    return 1

def f():
    a = 1
    b = 2
    c = g()
    return a + b + c

sys.settrace(tracer)
f()
print(sys.gettrace())
f()
