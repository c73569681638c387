# Invalid float format specs and their messages.
for spec in ['d', 'b', 'x', 'o', 'c', 's', 'X', '.', '#.', ',_', '_,', '5.5.5', 'ff', 'z', 'zz', '=', '=+',
             ',d', ',b', 'e.2', '10000000000000000000000.2f']:
    try:
        print(repr(spec), repr(format(2.5, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
try:
    print(format(2.5, '.9999999999999999999f'))
except ValueError as e:
    print(type(e).__name__, e)
# Float subclasses and float-like behaviour with format specs.
class F(float):
    pass
print(format(F(2.5), '.3f'), format(F(2.5), ''), repr(F(2.5)), f'{F(-0.5):+.1e}')
try:
    format(F(1.0), 'd')
except ValueError as e:
    print(type(e).__name__, e)
