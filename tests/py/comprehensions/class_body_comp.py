# Comprehensions in class bodies cannot see class-level names (except the first iterable).
class C:
    items = [1, 2, 3]
    factor = 10
    doubled = [i * 2 for i in items]
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        scaled = 'NameError: ' + str(e)
    first_iter = [x for x in range(factor)]
    nested = [[y for y in range(x)] for x in items]
print(C.doubled)
print(C.scaled)
print(C.first_iter)
print(C.nested)
factor = 'module factor'
class D:
    factor = 'class factor'
    seen = [factor for _ in range(1)]
print(D.seen)
