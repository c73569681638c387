# xfail: Handler[int, str] for a class with a single ParamSpec is not turned into Handler[[int, str]] #4
# A generic class whose only parameter is a ParamSpec accepts the types without brackets.
class Handler[**P]:
    pass

class Two[T, **P]:
    pass

print(Handler[int, str], Handler[int, str].__args__)
print(Handler[int], Handler[int].__args__)
print(Handler[int, str] == Handler[[int, str]])
print(Two[int, [str]].__args__, Two[int, ...].__args__)
