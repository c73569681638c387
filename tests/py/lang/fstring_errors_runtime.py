# Runtime errors raised while evaluating f-strings.
class BadFmt:
    def __format__(self, spec):
        return 42
class BadRepr:
    def __repr__(self):
        return None
class BadStr:
    def __str__(self):
        raise ValueError('no str')
for thunk in [lambda: f"{BadFmt()}", lambda: f"{BadRepr()!r}", lambda: f"{BadStr()}",
              lambda: f"{BadStr()!s}", lambda: f"{1:q}", lambda: f"{'s':d}",
              lambda: f"{3.0:,d}", lambda: f"{object():>5}", lambda: f"{None:x}",
              lambda: f"{[]:^3}", lambda: f"{undefined_name}", lambda: f"{1/0}",
              lambda: f"{'x':{'<'}{'z'}}", lambda: f"{1:{'.'}{-1}}"]:
    try:
        print(repr(thunk()))
    except Exception as e:
        print(type(e).__name__, e)
print(f"{BadStr()!r}"[:8])
print(f"{None!s:>5}|{True:>5}|{True!s:>5}|{True:d}")
