def step1():
    raise OSError("disk unavailable")

def step2():
    try:
        step1()
    except OSError as e:
        raise LookupError("lookup failed") from e

def step3():
    try:
        step2()
    except LookupError:
        raise RuntimeError("request failed")

step3()
