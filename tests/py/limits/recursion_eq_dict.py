# __eq__ recursing forever through dict lookups raises RecursionError.
class Key:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return {self: 1} == {other: 1} and other in {self: 1}
d = {Key(): 'a'}
try:
    Key() in d
except RecursionError as e:
    print(type(e).__name__)
print('survived')
