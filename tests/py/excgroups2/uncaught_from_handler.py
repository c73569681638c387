# Uncaught: a handler raises while other members stay unhandled; the printout shows both.
def process(items):
    errs = []
    for it in items:
        try:
            if it < 0:
                raise ValueError(f"negative {it}")
            if it == 0:
                raise ZeroDivisionError(f"zero at {len(errs)}")
        except Exception as e:
            errs.append(e)
    if errs:
        raise ExceptionGroup("processing", errs)

try:
    process([1, -2, 0, -3])
except* ValueError as g:
    raise RuntimeError(f"{len(g.exceptions)} invalid values") from g
