# types.GenericAlias equality and hashing follow origin and args.
print(list[int] == list[int], list[int] == list[str], list[int] == list)
print(dict[str, int] == dict[str, int], tuple[int, ...] == tuple[int, ...])
print(hash(list[int]) == hash(list[int]), len({list[int], list[int], list[str]}))
print(list[int] != list[int], list[list[int]] == list[list[int]])
d = {list[int]: 'a'}
print(d[list[int]])
print(list[int] == list[int,], dict[str, int] == dict[int, str])
print({dict[str, int]: 1} == {dict[str, int]: 1}, list[int].__origin__ == list)
