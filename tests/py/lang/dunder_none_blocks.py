# Setting a special method to None blocks the protocol (and its fallbacks).
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([3])
class NoIter:
    __iter__ = None
    def __getitem__(self, i): return i
class NoReversed:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
class NoHash:
    __hash__ = None
class NoCall:
    __call__ = None
for label, thunk in [('in', lambda: 3 in NoContains()), ('iter', lambda: iter(NoIter())),
                     ('for', lambda: [x for x in NoIter()]), ('reversed', lambda: reversed(NoReversed())),
                     ('hash', lambda: hash(NoHash())), ('call', lambda: NoCall()()),
                     ('in iter', lambda: 1 in NoIter())]:
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, type(e).__name__, e)
