# A million-deep nested list can be built and dropped without crashing.
l = []
for _ in range(1_000_000):
    l = [l]
print('built')
del l
print('dropped')
d = {}
for _ in range(200_000):
    d = {'k': d}
d = None
print('dict chain dropped')
t = ()
for _ in range(200_000):
    t = (t,)
t = None
print('tuple chain dropped')
