# A hand-written record class with __eq__, __repr__, __hash__, ordering and __iter__.
class Point:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point(x={self.x!r}, y={self.y!r})'
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __iter__(self):
        yield self.x
        yield self.y
pts = [Point(2, 1), Point(1, 5), Point(1, 2), Point(2, 1)]
print(sorted(pts), len(set(pts)), Point(1, 2) == Point(1, 2), Point(1, 2) == (1, 2))
x, y = Point(7, 8)
print(x, y, list(Point(3, 4)), dict([Point('k', 'v')]))
print({Point(0, 0): 'origin'}[Point(0, 0)], Point(1, 1) in pts, pts.count(Point(2, 1)))
