# A group raised while handling another exception prints "During handling..." chains.
def cleanup():
    raise ExceptionGroup("cleanup failed", [OSError("close"), ValueError("flush")])

print("starting")
state = {"step": 0}
try:
    state["step"] = 1
    raise RuntimeError("primary failure")
except RuntimeError:
    cleanup()
