# super() failure modes: no arguments, wrong types, static methods, lost __class__.
class A:
    def f(self): return 'A.f'
    @staticmethod
    def s(): return 'A.s'
class B(A):
    @staticmethod
    def s():
        return super().s()
    def nested_func(self):
        def inner():
            return super().f()
        return inner()
    def via_lambda(self):
        return (lambda: super().f())()
    def comp(self):
        return [super().f() for _ in range(1)]
for label, thunk in [('static', B.s), ('nested', lambda: B().nested_func()),
                     ('lambda', lambda: B().via_lambda()), ('comp', lambda: B().comp()),
                     ('int arg', lambda: super(B, 1)), ('not type', lambda: super(1, B())),
                     ('module level', lambda: super()),
                     ('unbound attr', lambda: super(B).f),
                     ('missing', lambda: super(B, B()).nothing)]:
    try:
        print(label, thunk())
    except (TypeError, RuntimeError, AttributeError) as e:
        print(label, type(e).__name__, e)
def plain(self):
    return super().f()
B.plain = plain
try:
    B().plain()
except RuntimeError as e:
    print(type(e).__name__, e)
class C(A):
    def f(self):
        __class__ = None
        return 'shadowed __class__'
print(C().f())
