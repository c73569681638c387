# __exit__ receives the whole group; it can suppress it or let except* split it afterwards.
class Absorb:
    def __init__(self, types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        if val is None:
            return False
        print("  __exit__ got", type(val).__name__, repr(val))
        match, rest = val.split(self.types)
        if rest is None:
            return True
        self.rest = rest
        return False

def work(excs):
    raise ExceptionGroup("work", excs)

for excs in ([ValueError(1)], [ValueError(1), KeyError(2)], [KeyError(3)]):
    try:
        with Absorb(ValueError) as a:
            work(excs)
        print("suppressed everything")
    except* KeyError as g:
        print("except* after __exit__:", repr(g))
    except* ValueError as g:
        print("values still here:", repr(g))
