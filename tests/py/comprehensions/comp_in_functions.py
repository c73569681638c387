# Comprehensions using function arguments, globals and nested functions.
G = 3
def scale(items, by):
    return [i * by * G for i in items]
print(scale([1, 2], 2))
def grid(w, h):
    return [[(x, y) for x in range(w)] for y in range(h)]
print(grid(2, 3))
def recursive_comp(n):
    return [recursive_comp(i) for i in range(n)]
print(recursive_comp(3))
def gen_in_comp():
    return [list(x for x in range(i)) for i in range(3)]
print(gen_in_comp())
def dict_of_lists(keys):
    return {k: [k * i for i in range(3)] for k in keys}
print(dict_of_lists('ab'))
