# issubclass()/isinstance() reject parameterized generics with a specific message.
for thunk in [lambda: issubclass(list, list[int]), lambda: issubclass(list, (int, list[int])),
              lambda: isinstance([], list[int]), lambda: isinstance([], (int, dict[str, int])),
              lambda: issubclass(list[int], list)]:
    try:
        print(thunk())
    except TypeError as e:
        print(type(e).__name__, e)
print(issubclass(list, list | dict), isinstance([], list | dict))
