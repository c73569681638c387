# What cannot be awaited, and CPython's messages for it.
class NoAwait:
    pass

class BadAwait:
    def __await__(self):
        return 42

class CoroAwait:
    def __await__(self):
        return inner()

async def inner():
    return 1

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def attempt(obj):
    try:
        return await obj
    except Exception as e:
        return f"{type(e).__name__}: {e}"

for obj in (NoAwait(), 5, None, [1], BadAwait(), CoroAwait()):
    print(run(attempt(obj)))

async def twice():
    c = inner()
    first = await c
    try:
        await c
    except RuntimeError as e:
        return first, str(e)
print(run(twice()))

def not_iterable():
    try:
        for x in inner():
            pass
    except TypeError as e:
        print("TypeError:", e)
not_iterable()

try:
    next(inner())
except TypeError as e:
    print("TypeError:", e)

async def stop():
    raise StopIteration("x")
try:
    run(stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def gen():
    yield from inner()
try:
    list(gen())
except TypeError as e:
    print("TypeError:", e)
