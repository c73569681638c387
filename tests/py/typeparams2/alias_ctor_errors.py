# Argument checking of typing.TypeAliasType's constructor.
from typing import TypeAliasType

for args, kw in ((("X",), {}), ((1, int), {}), ((), {"value": int}), (("X", int, ()), {}),
                 (("X", int), {"bogus": 1})):
    try:
        print(TypeAliasType(*args, **kw))
    except TypeError as e:
        print("TypeError", e)
