# dir(super) must match CPython 3.12 exactly (and dir() of an instance).
T = super
names = sorted(dir(T))
print(T.__name__, len(names))
for n in names:
    print(' ', n)
print('__dict__ keys missing from dir():', sorted(set(T.__dict__) - set(names)))
inst = super(int, 5)
print('dir(instance) vs dir(type):', sorted(set(dir(inst)) ^ set(names)))
