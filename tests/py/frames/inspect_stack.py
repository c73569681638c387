import inspect

def a():
    return b()

def b():
    st = inspect.stack()
    for info in st:
        print(info.function, info.lineno, info.filename.rsplit("/", 1)[-1])
        print("  ", info.code_context, info.index)
    return st[0]

fi = a()
print(type(fi).__name__)
print(fi[3], fi.frame.f_code.co_name)
