import sys

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    co = frame.f_code
    if event == "return":
        extra = repr(arg)
        if " at 0x" in extra:
            extra = "<%s object>" % type(arg).__name__
    elif event == "exception":
        extra = arg[0].__name__
    else:
        extra = None
    line = frame.f_lineno - co.co_firstlineno
    if extra is None:
        print(event, co.co_name, line)
    else:
        print(event, co.co_name, line, extra)
    return tracer


class P:
    __match_args__ = ("a",)
    def __init__(self, a):
        self.a = a

def f(v):
    match v:
        case 0 | 1:
            r = "small"
        case [x,
              y]:
            r = "pair"
        case {"k": k} if k:
            r = "k"
        case P(
            a=2):
            r = "P2"
        case _:
            r = "other"
    return r

sys.settrace(tracer)
for v in (1, [1, 2], {"k": 0}, {"k": 1}, P(2), P(3), "s"):
    f(v)
sys.settrace(None)
