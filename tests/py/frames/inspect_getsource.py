import inspect

def add(a, b):
    """Add two numbers."""
    return a + b

class Point:
    x = 0

    def norm(self):
        return abs(self.x)

print(inspect.getsource(add), end="")
print(inspect.getsource(Point), end="")
print(inspect.getsource(Point.norm), end="")
lines, start = inspect.getsourcelines(add)
print(start, len(lines))
print(inspect.getfile(add).rsplit("/", 1)[-1])
print(inspect.getsourcefile(Point).rsplit("/", 1)[-1])
print(inspect.getdoc(add))
