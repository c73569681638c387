# filter, float, format.
print(list(filter(str.isdigit, 'a1b2c3')), list(filter(None, (0, 1, 2))), list(filter(lambda x: x % 2, range(7))))
print(float('1.5'), float(2), float('-0'), float('  inf '), float('NaN'), float('1E2'), float('.5'), float('5.'))
print(format(3.14159, '.2f'), format(42, '>6'), format('x', '^5'), format(255, 'b'), format(1e6, ',.1f'), format([1], ''))
class Money:
    def __format__(self, spec):
        return '$' + format(12.5, spec or '.2f')
print(format(Money()), format(Money(), '.0f'), f'{Money():.3f}')
try:
    format(1, 'q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
