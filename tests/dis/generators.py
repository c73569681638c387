def gen(x):
    try:
        y = yield x
    finally:
        print(y)
    return (yield from x)

def loops(items):
    for i in items:
        with lock:
            if i:
                break
            continue
    try:
        for j in items:
            return j
    except Exception:
        raise
    except:
        raise ValueError("x") from None

def assertion(x):
    assert x, "message"
    assert x > 0
    del x

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

@decorator
class Decorated(Base):
    x = [i for i in range(3)]
    def m(self):
        return [self for _ in range(2)]
