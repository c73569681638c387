import sys

f = sys._getframe()
print(type(f).__name__)
print(f.f_code.co_name)
print(f.f_lineno)
print(f.f_back is None)
print(sys._getframe(0).f_code is f.f_code)

def inner():
    return sys._getframe()

fr = inner()
print(fr.f_code.co_name, fr.f_back.f_code.co_name)
print(type(fr.f_lineno).__name__, fr.f_lineno)
