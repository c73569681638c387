import inspect, sys
def f():
    return sys._getframe()
fr = f()
print(inspect.getsource(fr), end="")
print(inspect.getsource(f.__code__), end="")
try:
    1/0
except ZeroDivisionError as e:
    print(inspect.getsource(e.__traceback__).count("\n"))
    print(inspect.getsourcelines(e.__traceback__)[1])
print(inspect.getsourcelines(sys._getframe())[1])
print(inspect.getmodule(fr), inspect.getmodule(f.__code__))
try:
    inspect.getfile(sys)
except TypeError as e:
    print(e)
try:
    inspect.getfile(int)
except TypeError as e:
    print(e)
