# tuples of atoms are untracked by a collection (in CPython's order: an outer tuple first)
import gc

def make(*xs):
    return tuple(xs)

t_atoms = make(1, 2, "x")
t_list = make(1, [])
t_nested = make(make(1, 2), 3)
print(gc.is_tracked(t_list))
gc.collect()
# after a full collection tuples holding only untracked objects are untracked
print("atoms", gc.is_tracked(t_atoms))
print("list", gc.is_tracked(t_list))
print("nested", gc.is_tracked(t_nested))
print("empty", gc.is_tracked(()))
