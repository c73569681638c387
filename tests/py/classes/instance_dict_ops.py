# __dict__ of instances: direct manipulation, replacement, and interaction with properties.
class C:
    @property
    def p(self):
        return 'property wins'
c = C()
c.__dict__['x'] = 1
c.__dict__['p'] = 'shadow attempt'
print(c.x, c.p, vars(c))
c.__dict__ = {'y': 2}
print(vars(c), hasattr(c, 'x'), c.y)
try:
    c.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
d = C()
d.__dict__.update(a=1, b=2)
print(d.a + d.b, sorted(d.__dict__))
del d.__dict__['a']
print(hasattr(d, 'a'))
