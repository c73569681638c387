import inspect

def f():
    raise ValueError("x")

def g():
    f()

try:
    g()
except ValueError as e:
    for fi in inspect.getinnerframes(e.__traceback__):
        print(fi.function, fi.lineno, fi.code_context)
    tr = inspect.trace()
    print([t.function for t in tr])
