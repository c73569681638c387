# __repr__ recursing through print/repr/str raises RecursionError.
class R:
    def __repr__(self):
        return 'R(' + repr(R()) + ')'
try:
    print(R())
except RecursionError as e:
    print(type(e).__name__)
class S:
    def __str__(self):
        return str(self)
try:
    str(S())
except RecursionError as e:
    print(type(e).__name__)
class F:
    def __format__(self, spec):
        return f'{self}'
try:
    format(F())
except RecursionError as e:
    print(type(e).__name__)
print('survived')
