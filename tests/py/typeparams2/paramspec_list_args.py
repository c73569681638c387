# Subscribing a ParamSpec-generic class or alias with a list of types stores a tuple.
from typing import Callable

class Handler[**P]:
    pass

type Cb[**P] = Callable[P, int]

print(Handler[[int, str]], Handler[[int, str]].__args__)
print(Handler[[]], Handler[[]].__args__)
print(Cb[[str]], Cb[[str]].__args__)
print(Handler[[int]] == Handler[[int]])
