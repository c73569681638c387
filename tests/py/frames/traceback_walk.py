import sys
import traceback

def f():
    raise ValueError

try:
    f()
except ValueError as e:
    for frame, lineno in traceback.walk_tb(e.__traceback__):
        print(frame.f_code.co_name, lineno)

def g():
    return [(fr.f_code.co_name, ln) for fr, ln in traceback.walk_stack(sys._getframe())]
def h():
    return g()
print(h())
print([fr.f_code.co_name for fr, _ in traceback.walk_stack(sys._getframe())])
