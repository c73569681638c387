# Generator attributes: gi_running, gi_frame presence, gi_code, __name__, re-entrancy errors.
def gen():
    yield me.gi_running
    yield 2
me = gen()
print(me.__name__, me.__qualname__, me.gi_code.co_name, me.gi_running)
print(next(me))
print(me.gi_frame is not None)
print(list(me))
print(me.gi_frame)
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
class K:
    def m(self):
        yield 1
print(K().m().__qualname__)
