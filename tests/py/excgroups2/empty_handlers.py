# except* clauses that match nothing do not run; the as-name is unbound after the handler.
def f(excs):
    log = []
    try:
        raise ExceptionGroup("eg", excs)
    except* KeyError as e:
        log.append(("key", len(e.exceptions)))
    except* ValueError as e:
        log.append(("value", len(e.exceptions)))
    except* Exception as e:
        log.append(("rest", [type(x).__name__ for x in e.exceptions]))
    try:
        e
        log.append("e still bound")
    except UnboundLocalError as err:
        log.append(("unbound", str(err)))
    return log

print(f([KeyError(1)]))
print(f([ValueError(1), ValueError(2)]))
print(f([OSError(1), KeyError(2), IndexError(3)]))
print(f([ExceptionGroup("nested", [ValueError(1), OSError(2)])]))

count = 0
for i in range(2):
    try:
        raise ExceptionGroup("eg", [ValueError(i) for i in range(4)] + [ExceptionGroup("n", [ValueError(9)])])
    except* ValueError as g:
        count += 1
print("handler runs once per raise:", count)
