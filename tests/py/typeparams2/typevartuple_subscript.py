# A generic class with a TypeVarTuple accepts any number of arguments for it.
class Array[DType, *Shape]:
    pass

class Only[*Ts]:
    pass

print(Array[float, int, int], Array[float, int, str].__args__)
print(Array[float].__args__)
print(Only[int, str], Only[()], Only[int].__args__)
try:
    Array[()]
except TypeError as e:
    print("TypeError", e)
