import sys

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event in ("call", "return") and frame.f_code.co_name == "f":
        try:
            frame.f_lineno = frame.f_code.co_firstlineno + 2
        except ValueError as e:
            print(event, type(e).__name__, e)
    return tracer

def f():
    a = 1
    return a

sys.settrace(tracer)
print(f())
sys.settrace(None)
