# __call__ found via a property (or other descriptor) on the type is honoured.
class CallProp:
    @property
    def __call__(self):
        return lambda *a: ('via property', a)
print(callable(CallProp()), CallProp()(), CallProp()(1, 2))
class Desc:
    def __get__(self, obj, owner):
        return lambda: f'desc bound to {type(obj).__name__}'
class CallDesc:
    __call__ = Desc()
print(CallDesc()())
class CallStatic:
    __call__ = staticmethod(lambda: 'static call')
print(CallStatic()())
class GetitemProp:
    @property
    def __getitem__(self):
        return lambda k: k * 2
print(GetitemProp()[21])
