# __del__ runs when the last reference goes away (reference counting), deterministically.
class Res:
    def __init__(self, name):
        self.name = name
        print('open', name)
    def __del__(self):
        print('close', self.name)
r = Res('a')
del r
print('after del a')
def scope():
    x = Res('b')
    print('leaving scope')
scope()
print('after scope')
r = Res('c')
r = Res('d')
print('after rebinding')
lst = [Res('e'), Res('f')]
lst.pop(0)
print('after pop')
lst.clear()
print('after clear')
holder = {'k': Res('g')}
holder['k'] = None
print('after dict overwrite')
tmp = Res('h').name
print('temporary gone', tmp)
del r
print('end')
