def f(a):
    b = len(a)
    return a.upper() + str(b)

co = f.__code__
print(type(co.co_code).__name__, len(co.co_code) % 2)
print(co.co_names)
print(co.co_stacksize > 0)
print(co.co_linetable[:0], type(co.co_linetable).__name__)
print(type(co.co_exceptiontable).__name__)
