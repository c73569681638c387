# dir(type) must match CPython 3.12 exactly (and dir() of an instance).
T = type
names = sorted(dir(T))
print(T.__name__, len(names))
for n in names:
    print(' ', n)
print('__dict__ keys missing from dir():', sorted(set(T.__dict__) - set(names)))
print('metaclass names in dir(int):', [n for n in ('mro', '__subclasses__', '__base__', '__mro__', '__name__', '__doc__') if n in dir(int)])
