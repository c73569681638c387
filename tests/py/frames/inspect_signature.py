import inspect

def f(a, b=2, /, c=3, *args, d, e=5, **kw) -> int:
    pass

sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind, p.default is inspect.Parameter.empty, p.kind.name)
print(sig.return_annotation)
print(inspect.signature(lambda x, *, y=1: None))
print(list(inspect.signature(f).parameters))
