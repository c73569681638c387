# Printing a group nested deeper than max_group_depth (10) elides the inner levels.
def nest(depth):
    eg = ValueError("bottom")
    for i in range(depth):
        eg = ExceptionGroup(f"level {depth - i}", [eg])
    return eg

def depth(eg):
    d = 0
    while isinstance(eg, BaseExceptionGroup):
        eg, d = eg.exceptions[0], d + 1
    return d

print("depth of nest(11):", depth(nest(11)), "of nest(3):", depth(nest(3)))
raise ExceptionGroup("top", [nest(11), KeyError("sibling")])
