import sys

def hook(t, v, tb):
    print("last_exc is v:", sys.last_exc is v)
    print("last_value is v:", sys.last_value is v)
    print("last_type:", sys.last_type.__name__)
    print("last_traceback is tb:", sys.last_traceback is tb)

sys.excepthook = hook
print(hasattr(sys, "last_exc"))
raise OSError(2, "nope")
