# Custom exception classes: hierarchy, extra attributes, __str__ override, args.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name, code=404):
        super().__init__(f'{name} not found')
        self.name = name
        self.code = code
class Pretty(AppError):
    def __str__(self):
        return 'pretty: ' + ', '.join(map(str, self.args))
try:
    raise NotFound('page')
except AppError as e:
    print(type(e).__name__, e, e.name, e.code, e.args, repr(e))
try:
    raise Pretty(1, 'two')
except Pretty as e:
    print(e, '|', repr(e), '|', e.args)
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
e = NoSuperInit(1, 2)
print(e.args, repr(e), str(e), e.a)
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(repr(WithRepr('x')), str(WithRepr('x')))
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3])
try:
    raise AppError
except AppError as e:
    print(repr(e), str(e) == '', e.args)
class NotException:
    pass
try:
    raise NotException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
