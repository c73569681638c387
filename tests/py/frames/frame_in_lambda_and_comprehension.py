import sys

g = lambda: sys._getframe().f_code.co_name
print(g())
print([sys._getframe().f_code.co_name for _ in range(1)])
print(list(sys._getframe().f_code.co_name for _ in range(1)))
print({k: sys._getframe().f_code.co_name for k in range(1)})

def f():
    return [sys._getframe().f_code.co_name for _ in range(2)]
print(f())
print([sys._getframe(1).f_code.co_name for _ in range(1)] if False else "skip")
def h():
    return list(sys._getframe(1).f_code.co_name for _ in range(1))
print(h())
