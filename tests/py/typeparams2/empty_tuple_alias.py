# The empty-tuple type tuple[()] inside aliases and generic subscriptions.
type Empty = tuple[()]
type Even = tuple[()] | tuple[int, Odd]
type Odd = tuple[int, Even]
print(Empty.__value__, Empty.__value__.__args__)
print(Even.__value__)
print(tuple[()], repr(tuple[()]), tuple[()].__args__, tuple[()] == tuple[()])
print(list[tuple[()]], dict[str, tuple[()]])

class Box[T]:
    pass
print(Box[tuple[()]], Box[tuple[()]].__args__)
