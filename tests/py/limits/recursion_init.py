# __init__ that recurses through a class call raises RecursionError.
class Node:
    def __init__(self):
        self.child = Node()
try:
    Node()
except RecursionError as e:
    print(type(e).__name__)
class Meta(type):
    def __call__(cls, *a):
        return cls()
class Loop(metaclass=Meta):
    pass
try:
    Loop()
except RecursionError as e:
    print(type(e).__name__)
class G:
    def __getattr__(self, name):
        return self.missing
try:
    G().anything
except RecursionError as e:
    print(type(e).__name__)
print('survived')
