import sys

# Try every jump target from every line of several functions: each attempt either
# moves the frame (and the function finishes) or raises CPython's ValueError.

def loops():
    total = 0
    for i in range(3):
        for j in range(2):
            total += i * j
        total += 1
    while total < 20:
        total += 5
    return total

def handlers():
    log = []
    try:
        log.append(1)
        raise KeyError("k")
    except KeyError as e:
        log.append(2)
    finally:
        log.append(3)
    with open_ctx(log):
        log.append(4)
    return log

class open_ctx:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("enter")
    def __exit__(self, *a):
        self.log.append("exit")

def gen():
    yield 1
    x = 2
    yield x
    yield 3

def run(func, src_line, dst_line, call):
    first = func.__code__.co_firstlineno
    state = {"done": False}
    def tracer(frame, event, arg):
        if frame.f_code is not func.__code__:
            return None
        if event == "line" and not state["done"] and frame.f_lineno - first == src_line:
            state["done"] = True
            try:
                frame.f_lineno = first + dst_line
                state["result"] = "jumped"
            except ValueError as e:
                state["result"] = "ValueError: " + str(e).replace(str(first + dst_line), "L")
        return tracer
    sys.settrace(tracer)
    try:
        out = call()
    except Exception as e:
        out = type(e).__name__
    finally:
        sys.settrace(None)
    return state.get("result", "no event"), out

for func, n, call in ((loops, 9, loops), (handlers, 11, handlers), (gen, 4, lambda: list(gen()))):
    for s in range(1, n):
        for d in range(1, n):
            print(func.__name__, s, d, *run(func, s, d, call))
