import sys

def f():
    try:
        sys._getframe(50)
    except ValueError as e:
        print(type(e).__name__, e)

f()
try:
    sys._getframe(1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys._getframe(-1)
    print("negative ok")
except ValueError as e:
    print("neg", e)
try:
    sys._getframe("x")
except TypeError as e:
    print(type(e).__name__, e)
print(sys._getframe(0).f_code.co_name)
