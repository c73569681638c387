import inspect

def f():
    return inspect.stack()[0]

fi = f()
print(fi._fields if hasattr(fi, "_fields") else "no _fields")
print(fi.function, fi.lineno, fi.index)
print(fi.code_context)
print(fi.positions)
tb = inspect.Traceback
print(tb.__name__)
fn, ln, func, ctx, idx = fi[1:] if False else (fi.filename.rsplit("/", 1)[-1], fi.lineno, fi.function, fi.code_context, fi.index)
print(fn, ln, func, ctx, idx)
