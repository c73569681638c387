# DEBUG_SAVEALL fills gc.garbage
import gc

gc.disable()
gc.collect()
print(gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)

class Tag:
    def __init__(self, n):
        self.n = n
        self.me = self

t = Tag(7)
lst = [t]
lst.append(lst)
del t, lst
gc.collect()
tags = [o.n for o in gc.garbage if isinstance(o, Tag)]
lists = [o for o in gc.garbage if type(o) is list]
print(tags, len(lists))
gc.set_debug(0)
gc.garbage.clear()
print(gc.garbage)
gc.enable()
