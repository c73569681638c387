# Driving coroutines by hand: send, throw and close without an event loop.
class Step:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return got
async def worker():
    total = 0
    try:
        while True:
            try:
                total += await Step(f"need value (total {total})")
            except ValueError as e:
                print("  worker handled", e)
    finally:
        print("  worker finally, total", total)
c = worker()
print(c.send(None))
print(c.send(5))
print(c.throw(ValueError("bad input")))
print(c.send(10))
c.close()
print(c.cr_frame is None)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
async def stubborn():
    ignored = 0
    while True:
        try:
            await Step("x")
        except GeneratorExit:
            ignored += 1
            print("  GeneratorExit number", ignored)
            if ignored > 1:
                raise
s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
s.close()
print("second close worked", s.cr_frame is None)
async def simple():
    return await Step("s")
d = simple()
try:
    d.throw(KeyError("before start"))
except KeyError as e:
    print("KeyError propagated", e)
d.close()
e = simple()
e.send(None)
try:
    e.send(None)
except StopIteration as si:
    print("StopIteration value", si.value)
