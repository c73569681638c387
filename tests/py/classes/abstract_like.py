# Abstract-method pattern without abc: NotImplementedError and template methods.
class Shape:
    def area(self):
        raise NotImplementedError(f'{type(self).__name__} must implement area')
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(Shape):
    pass
print(Rect(2, 3).describe())
try:
    Circle().describe()
except NotImplementedError as e:
    print(type(e).__name__, e)
shapes = [Rect(1, 1), Rect(2, 5)]
print(sorted(s.area() for s in shapes), sum(s.area() for s in shapes))
