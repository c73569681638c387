# inspect's type predicates are isinstance checks against the types module: a
# ModuleType subclass is a module, a user class that merely shares a name is not.
import inspect
import sys
import types


class MyModule(types.ModuleType):
    pass


class module:
    pass


class function:
    pass


print(inspect.ismodule(MyModule('m')), inspect.ismodule(sys), inspect.ismodule(module()))
print(inspect.isfunction(function()), inspect.isfunction(lambda: 0))
print(inspect.isframe(sys._getframe()), inspect.iscode(MyModule.__init__), inspect.iscode(print))
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
print(inspect.istraceback(tb), inspect.isframe(tb.tb_frame), inspect.iscode(tb.tb_frame.f_code))


def g():
    yield 1


async def c():
    pass


async def ag():
    yield 1


co = c()
print(inspect.isgenerator(g()), inspect.iscoroutine(co), inspect.isasyncgen(ag()), inspect.iscoroutine(g()))
co.close()
print(inspect.ismethod(MyModule('x').__repr__), inspect.ismethod(module().__init__), inspect.isbuiltin(len))
print(inspect.ismemberdescriptor(types.FunctionType.__globals__), inspect.isgetsetdescriptor(types.FunctionType.__code__))
print(inspect.ismethodwrapper(object().__str__), inspect.ismethodwrapper(len))
