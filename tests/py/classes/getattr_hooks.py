# __getattr__ (fallback) vs __getattribute__ (always), __setattr__, __delattr__.
class Fallback:
    real = 'real'
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'synth ' + name
        raise AttributeError(f'no {name}')
f = Fallback()
print(f.real, f.xyz, getattr(f, 'nope', 'default'), hasattr(f, 'nope'))
try:
    f.nope
except AttributeError as e:
    print(type(e).__name__, e)
class Spy:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append('get ' + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)
s = Spy()
s.a = 'hello'
print(s.a)
del s.a
try:
    s.a
except AttributeError as e:
    print(type(e).__name__, e)
print(s.log)
class Both:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('boom')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback for ' + name
print(Both().boom, Both().other)
