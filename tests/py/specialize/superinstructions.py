# Adjacent LOAD_FAST / LOAD_CONST / STORE_FAST pairs run as one superinstruction in untraced
# code; jumps into the second half, errors right after a pair and tracing switched on in the
# middle of such code must all behave as the plain instructions do.
import sys


def pairs(a, b):
    c = a + b            # LOAD_FAST a; LOAD_FAST b
    d = c * 2            # STORE_FAST c; LOAD_FAST c; LOAD_CONST 2
    e, f = d, c          # STORE_FAST e; STORE_FAST f
    return 3 - e + f     # LOAD_CONST 3; LOAD_FAST e


print(pairs(1, 2), pairs(-5, 7.5), pairs("x", "y") if False else None)


def loop(n):
    i = 0
    total = 0
    while i < n:         # the backward jump lands on `LOAD_FAST i`, the second half of
        total += i       # `STORE_FAST i; LOAD_FAST i`
        i += 1
    return total


print(loop(10), loop(0))


def error_after_pair(a, b):
    x = a
    return x / b         # STORE_FAST x; LOAD_FAST x; then ZeroDivisionError


try:
    error_after_pair(1, 0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("ZeroDivisionError at line", tb.tb_lineno, tb.tb_frame.f_code.co_name)


def maybe_unbound(flag):
    if flag:
        v = 1
    w = 2
    return w + v         # `v` may be unbound: LOAD_FAST_CHECK


print(maybe_unbound(True))
try:
    maybe_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e, "line", e.__traceback__.tb_next.tb_lineno)


def swap_many(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(swap_many(30))

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced_half":
        events.append((event, frame.f_lineno))
    return tracer


def traced_half(n):
    s = 0
    for i in range(n):
        if i == 2:
            sys.settrace(tracer)
            sys._getframe().f_trace = tracer
        t = i
        s = s + t
    sys.settrace(None)
    return s


print(traced_half(4))
print(events)
