# dir(BaseException) must match CPython 3.12 exactly (and dir() of an instance).
T = BaseException
names = sorted(dir(T))
print(T.__name__, len(names))
for n in names:
    print(' ', n)
print('__dict__ keys missing from dir():', sorted(set(T.__dict__) - set(names)))
inst = BaseException('m')
print('dir(instance) == dir(type):', dir(inst) == names, sorted(set(dir(inst)) ^ set(names)))
