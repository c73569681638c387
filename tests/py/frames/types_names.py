import types

def f(): pass
def g(): yield
print(type(f) is types.FunctionType, types.LambdaType is types.FunctionType)
print(type(f.__code__) is types.CodeType)
print(type(g()) is types.GeneratorType)
print(type(types) is types.ModuleType)
print(type(len) is types.BuiltinFunctionType)
class A:
    def m(self): pass
print(type(A().m) is types.MethodType)
import sys
print(type(sys._getframe()) is types.FrameType)
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__) is types.TracebackType)
for t in (types.FunctionType, types.CodeType, types.FrameType, types.TracebackType, types.GeneratorType, types.ModuleType, types.MethodType, types.BuiltinFunctionType):
    print(t.__name__)
