# A key= function that recurses through list.sort / sorted / min raises RecursionError.
def key(x):
    return sorted([x, x], key=key)
try:
    sorted([1, 2], key=key)
except RecursionError as e:
    print(type(e).__name__)
def mkey(x):
    return min([x], key=mkey)
try:
    mkey(1)
except RecursionError as e:
    print(type(e).__name__)
def mapper(x):
    return list(map(mapper, [x]))
try:
    mapper(0)
except RecursionError as e:
    print(type(e).__name__)
print('survived')
