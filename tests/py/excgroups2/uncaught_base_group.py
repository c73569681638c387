# An uncaught BaseExceptionGroup holding SystemExit is printed like any group (status 1).
import sys

def stop():
    sys.exit(7)

def interrupt():
    raise KeyboardInterrupt("pressed")

errors = []
for f in (stop, interrupt):
    try:
        f()
    except BaseException as e:
        errors.append(e)
print("collected", [type(e).__name__ for e in errors])
raise BaseExceptionGroup("shutdown", errors)
