def documented():
    """The docstring."""
    return 42

def undocumented():
    return 42

print(documented.__code__.co_consts[0])
print(documented.__doc__)
print(42 in documented.__code__.co_consts)
print(undocumented.__doc__)
print(42 in undocumented.__code__.co_consts)
print(documented.__code__.co_consts)
print(undocumented.__code__.co_consts)
def nodoc_none():
    x = "not a doc"
    return x
print(nodoc_none.__code__.co_consts)
