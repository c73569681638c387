import sys

def tracer(frame, event, arg):
    return None

print(sys.gettrace())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
def inside():
    return sys.gettrace() is tracer
print(inside())
sys.settrace(None)
print(sys.gettrace())
try:
    sys.settrace()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.settrace(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
