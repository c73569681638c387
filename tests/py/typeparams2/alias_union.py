# The | operator on type aliases gives a types.UnionType like other classes.
type Stmt = list[int]
type Gen[T] = list[T]

u = Stmt | int
print(u, type(u).__name__, u.__args__)
print(int | Stmt, Stmt | None, Gen[int] | str)
print((Stmt | int) == (Stmt | int), Stmt | Stmt)
print(Stmt | list[str], (Stmt | int).__parameters__, (Gen | int).__args__)
