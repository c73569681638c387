import inspect

sq = lambda x: x * x

def outer():
    def inner(y):
        return y + 1
    return inner

print(inspect.getsource(sq), end="")
print(inspect.getsource(outer()), end="")
print(inspect.getsourcelines(outer())[1])
def frame_src():
    return inspect.getsource(inspect.currentframe())
print(frame_src(), end="")
try:
    inspect.getsource(len)
except TypeError as e:
    print(type(e).__name__, e)
