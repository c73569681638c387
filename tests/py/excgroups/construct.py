# Constructing exception groups: type selection, validation messages, attributes.
def attempt(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: BaseExceptionGroup("all exceptions", [ValueError(1), TypeError(2)]))
attempt(lambda: BaseExceptionGroup("has base", [ValueError(1), KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("base inside", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup("empty", []))
attempt(lambda: ExceptionGroup(42, [ValueError()]))
attempt(lambda: ExceptionGroup("not seq", ValueError()))
attempt(lambda: ExceptionGroup("not seq", {ValueError()}))
attempt(lambda: ExceptionGroup("item", [ValueError(), "oops"]))
attempt(lambda: ExceptionGroup("tuple", (ValueError(1),)))
attempt(lambda: ExceptionGroup("one"))

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, eg.args, str(eg))
print(str(ExceptionGroup("single", [ValueError()])))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__)
try:
    eg.message = "new"
except AttributeError as e:
    print("AttributeError", e)
print(ExceptionGroup[ValueError])

class MyGroup(ExceptionGroup):
    pass
g = MyGroup("mine", [ValueError()])
print(type(g).__name__, repr(g))
try:
    MyGroup("mine", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
