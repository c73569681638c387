import sys

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    if event == "call":
        back = frame.f_back
        print("call", frame.f_code.co_name, "from", back.f_code.co_name, back.f_lineno)
    return None

def b():
    return 1

def a():
    return b()

sys.settrace(tracer)
a()
b()
sys.settrace(None)
