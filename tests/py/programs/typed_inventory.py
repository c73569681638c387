# Generic containers, protocols and sorting with keys; f-strings with nested specs.
from typing import Protocol, TypeVar, Generic, Iterator, Callable, NamedTuple

class Item(NamedTuple):
    name: str
    price: float
    qty: int = 0

class Priced(Protocol):
    price: float

class Shelf[T: Priced]:
    def __init__(self) -> None:
        self._items: list[T] = []
    def add(self, item: T) -> "Shelf[T]":
        self._items.append(item)
        return self
    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._items, key=lambda i: (-i.price, i.name)))
    def total(self, weight: Callable[[T], float] = lambda i: i.price) -> float:
        return sum(weight(i) for i in self._items)

shelf = Shelf[Item]()
for name, price, qty in [("apple", 0.5, 10), ("melon", 3.25, 2), ("kiwi", 0.5, 7), ("fig", 1.125, 0)]:
    shelf.add(Item(name, price, qty))
width = 8
for it in shelf:
    print(f"{it.name:<{width}}|{it.price:>{width}.2f}|{it.qty:^5}|{it.price * it.qty:=+10.3f}")
print(f"{shelf.total():.3f}", f"{shelf.total(lambda i: i.price * i.qty)=:.2f}")
print(Item("x", 1.0), Item._fields, Item("y", 2.0)._replace(qty=3), Item("z", 3.0)._asdict())
match Item("pear", 0.75, 4):
    case Item(name=n, qty=q) if q > 3:
        print(f"plenty of {n!r}: {q}")
print(type(shelf).__name__, Shelf.__type_params__, Shelf.__parameters__, Shelf[Item])
