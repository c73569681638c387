# complex unary and conversion dunders exist and behave.
z = 3 - 4j
print(z.__neg__(), z.__pos__(), z.__abs__(), z.__bool__(), (0j).__bool__(), complex.__neg__(-0j))
print(z.__complex__(), type(z.__complex__()).__name__, z.__getnewargs__(), (2.5).__getnewargs__())
print(-z, +z, not z, bool(0j), bool(-0.0j), bool(1e-300j))
class C(complex):
    pass
c = C(1, 2)
print(type(-c).__name__, type(+c).__name__, type(c.__complex__()).__name__, -c, +c)
print(complex.__pos__(c), complex.__bool__(C(0)), hasattr(1j, '__complex__'), hasattr(1.5, '__getnewargs__'))
