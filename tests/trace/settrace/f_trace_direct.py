import sys

def local(frame, event, arg):
    print("local", event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)
    return local

def glob(frame, event, arg):
    return None

def f():
    frame = sys._getframe()
    frame.f_trace = local
    x = 1
    y = 2
    return x + y

sys.settrace(glob)
f()
sys.settrace(None)
f()
print("end")
