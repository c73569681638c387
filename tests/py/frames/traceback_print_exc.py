import sys
import traceback

def divide(a, b):
    return a / b

try:
    divide(1, 0)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
print("after")
try:
    divide(1, 0)
except ZeroDivisionError:
    traceback.print_exc(limit=1, file=sys.stdout)
try:
    divide(1, 0)
except ZeroDivisionError:
    traceback.print_exc()
