import sys, traceback
def run(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)
def cls_body():
    class K:
        x = 1
        y = x.nope
run(cls_body)
def comp():
    return [1 / i for i in range(-1, 2)]
run(comp)
def genexp():
    return sum(1 / i for i in (1, 0))
run(genexp)
def inner_gen():
    yield 1
    raise ValueError("ig")
def outer_gen():
    yield from inner_gen()
run(lambda: list(outer_gen()))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError("exit")
def with_stmt():
    with CM():
        pass
run(with_stmt)
def multi_call():
    return dict(
        a=1,
        **None,
    )
run(multi_call)
def deco(f):
    raise RuntimeError("deco")
def decorated():
    @deco
    def z(): pass
run(decorated)
def attr_chain():
    o = type("O", (), {"a": None})()
    return o.a.b.c
run(attr_chain)
def call_chain():
    return int("1").bit_length()()
run(call_chain)
def assert_fail():
    assert 1 == 2, "nope"
run(assert_fail)
def unpack():
    a, b = [1, 2, 3]
run(unpack)
def aug():
    x = "s"
    x += 1
run(aug)
def cmp():
    return 1 < "a"
run(cmp)
def getitem_call():
    d = {}
    return d["a"]["b"]
run(getitem_call)
def long_line():
    return                                                                               int("z")
run(long_line)
def tabs():
	return	int("t")
run(tabs)
