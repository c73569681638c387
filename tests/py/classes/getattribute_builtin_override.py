# __getattribute__ intercepts method lookup; special method lookup bypasses it.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
    def __getattribute__(self, name):
        if name.startswith('_'):
            return object.__getattribute__(self, name)
        print('proxy get', name)
        return getattr(object.__getattribute__(self, '_target'), name)
    def __len__(self):
        return len(object.__getattribute__(self, '_target'))
p = Proxy([3, 1, 2])
print(p.count(1))
p.sort()
print(p.index(3), len(p))
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
