# callable() across functions, classes, instances, descriptors and builtins.
class WithCall:
    def __call__(self): return 'called'
class NoCall: pass
class Meta(type):
    def __call__(cls): return 'meta'
class ViaMeta(metaclass=Meta): pass
def f(): pass
inst = NoCall()
inst.__call__ = lambda: 'instance attr'
print(callable(f), callable(lambda: 0), callable(WithCall), callable(WithCall()), callable(NoCall()))
print(callable(inst), callable(ViaMeta), callable(ViaMeta()), callable(len), callable([].append))
print(callable(staticmethod(f)), callable(classmethod(f)), callable(property(f)), callable(type))
print(callable(None), callable(1), callable('s'), callable(print), callable(object()), callable(object))
print(callable(NoCall.__init__), callable(str.upper), callable(int.__add__), callable((x for x in []).send))
class CallNone:
    __call__ = None
print(callable(CallNone()))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoCall()()
except TypeError as e:
    print(type(e).__name__, e)
print(staticmethod(f)() is None)
