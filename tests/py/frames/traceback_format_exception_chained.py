import traceback

def inner():
    raise KeyError("a")

def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError("wrapped") from e

try:
    outer()
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("---")
    print("".join(traceback.format_exception(e, chain=False)), end="")
