# 3.12 comprehension scoping (PEP 709 inlining must be invisible): variables do not leak.
x = 'outer x'
lst = [x for x in range(3)]
print(x, lst)
i = 'outer i'
print({i for i in 'ab'} == {'a', 'b'}, {i: 0 for i in range(2)}, i)
def f():
    y = 'local y'
    r = [y for y in 'cd']
    return y, r
print(f())
def g():
    return [locals_key for locals_key in sorted(locals())]
print(g())
def h():
    a = 1
    comp = [a + b for b in range(3)]
    return comp, 'b' in locals()
print(h())
try:
    [leak for leak in range(2)]
    print(leak)
except NameError as e:
    print(type(e).__name__, e)
def uses_outer_after():
    vals = [n for n in range(3)]
    try:
        return n
    except NameError as e:
        return 'NameError: ' + str(e)
print(uses_outer_after())
def locals_inside():
    a = 1
    return [sorted(locals()) for b in range(1)]
print(locals_inside())
def unbound_in_comp():
    try:
        return [z for _ in range(1)]
    finally:
        z = 1
try:
    unbound_in_comp()
except NameError as e:
    print(type(e).__name__, e)
