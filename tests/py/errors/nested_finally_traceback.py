def inner():
    try:
        raise KeyError("inner")
    finally:
        print("inner finally")

def outer():
    try:
        inner()
    except KeyError:
        raise TypeError("outer") from None
    finally:
        print("outer finally")

outer()
