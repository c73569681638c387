# staticmethod/classmethod objects have a __dict__ that copies the wrapped function's metadata.
def f(a: int) -> str:
    "doc of f"
sm, cm = staticmethod(f), classmethod(f)
sm.extra = 'attr'
print(sm.extra, sorted(sm.__dict__))
print(sm.__dict__['__name__'], cm.__dict__['__doc__'], cm.__annotations__)
cm.tag = 1
print(vars(cm)['tag'], hasattr(f, 'tag'), f.__dict__)
