import inspect

def outer():
    return inner()

def inner():
    return inspect.getouterframes(inspect.currentframe())

for fi in outer():
    print(fi.function, fi.lineno, fi.code_context)
print(len(outer()[0]))
print(outer()[0]._fields if hasattr(outer()[0], "_fields") else None)
