# __hash__ recursing through hash() raises RecursionError.
class H:
    def __hash__(self):
        return hash(H())
try:
    {H(): 1}
except RecursionError as e:
    print(type(e).__name__)
try:
    hash(H())
except RecursionError as e:
    print(type(e).__name__)
print('survived')
