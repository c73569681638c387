# `for` over a generator runs the generator's frame inline (no native recursion): yields,
# returns, exceptions (PEP 479), frames, exception state, breaks and deep nesting must behave
# as with next().
import sys
def g(n):
    for i in range(n):
        yield i
    return "done"
print(list(x * 2 for x in g(3)))
for x in g(3): print(x, end=" ")
print()
def bad():
    yield 1
    raise StopIteration
try:
    for x in bad(): print("got", x)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def boom():
    yield 1
    1/0
try:
    for x in boom(): pass
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb: names.append(tb.tb_frame.f_code.co_name); tb = tb.tb_next
    print("ZeroDivisionError", names)
def frames():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield sys._getframe(1).f_code.co_name
def caller():
    return [x for x in frames()]
print(caller())
def outer():
    out = []
    for x in frames(): out.append(x)
    return out
print(outer())
gen = g(5)
for x in gen:
    if x == 2: break
print(next(gen), list(gen))
def nested():
    for a in g(2):
        for b in g(2):
            yield (a, b)
print(list(nested()), [p for p in nested()])
def with_exc():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
try:
    raise ValueError("outer")
except ValueError:
    for n in with_exc():
        print(n, sys.exc_info()[0].__name__)
def running():
    yield gen2.gi_running
gen2 = running()
for v in gen2: print("running", v, gen2.gi_running)
def rec(n):
    if n:
        for x in rec(n - 1): yield x
    yield n
print(sum(rec(400)))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
for x in closer():
    print(x)
    break
print("after break")
try:
    print(sum(rec(5000)))
except RecursionError as e:
    print("RecursionError")
def traced_gen():
    yield 1
    sys.settrace(lambda f, e, a: None)
    yield 2
    sys.settrace(None)
    yield 3
print([x for x in traced_gen()])
# `yield from` runs the inner generator inline too.
def inner():
    got = yield "first"
    print("inner got", got)
    yield "second"
    return "inner result"
def delegator():
    r = yield from inner()
    print("delegator got", r)
    yield "third"
print(list(delegator()))
d = delegator()
print(next(d), d.send("sent"), next(d))
d = delegator()
next(d)
try:
    d.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError through yield from", e)
def deep(n):
    if n == 0:
        yield "leaf"
        return 0
    r = yield from deep(n - 1)
    return r + 1
def top():
    r = yield from deep(50)
    yield r
print(list(top()))
def stops():
    yield from bad()
try:
    list(stops())
except RuntimeError as e:
    print("RuntimeError", e)
