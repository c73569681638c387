import inspect

def f():
    fr = inspect.currentframe()
    info = inspect.getframeinfo(fr)
    print(info.function, info.lineno, info.filename.rsplit("/", 1)[-1])
    print(info.code_context, info.index)
    info2 = inspect.getframeinfo(fr, context=3)
    print(info2.code_context, info2.index)
    print(type(info).__name__)
    print(info[2])
    print(info.positions)

f()
