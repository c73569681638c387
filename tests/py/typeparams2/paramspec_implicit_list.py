# A generic class whose only parameter is a ParamSpec accepts the types without brackets.
class Handler[**P]:
    pass

class Two[T, **P]:
    pass

print(Handler[int, str], Handler[int, str].__args__)
print(Handler[int], Handler[int].__args__)
print(Handler[int, str] == Handler[[int, str]])
print(Two[int, [str]].__args__, Two[int, ...].__args__)
