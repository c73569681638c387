import sys
import traceback

def f(d):
    return d["a"]["b"] + 1

def g(x, y):
    return x.attr + y

for call in (lambda: f({"a": {}}), lambda: g(None, 1), lambda: 1 + "a" * 1):
    try:
        call()
    except Exception:
        traceback.print_exc(file=sys.stdout)
