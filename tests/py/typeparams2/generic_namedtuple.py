# Generic NamedTuple and TypedDict classes written with PEP 695 syntax.
from typing import NamedTuple, TypedDict

class Point[T](NamedTuple):
    x: T
    y: T

p = Point(1, 2)
print(p, p.x + p.y, Point.__type_params__, Point[int])
print(Point.__orig_bases__[1], Point.__bases__, Point.__parameters__)

class Movie[T](TypedDict):
    title: str
    extra: T

m = Movie(title="x", extra=3)
print(m, type(m).__name__, Movie.__type_params__, Movie.__required_keys__ == {"title", "extra"})
print(Movie[int], Movie.__annotations__)
