# repr/str of exception subclasses with overridden __init__ and extra args.
class E1(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
class E2(ValueError):
    pass
class E3(KeyError):
    def __str__(self):
        return 'custom E3'
for e in [E1('x', 'y'), E2(), E2('m'), E2('m', 2), E3('k'), E3()]:
    print(repr(e), '|', str(e), '|', e.args)
print(isinstance(E3('k'), LookupError), str(KeyError('k')), str(E2('plain')))
