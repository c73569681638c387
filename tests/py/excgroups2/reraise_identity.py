# Bare raise in except* handlers re-raises the caught parts, rebuilt into a new group object.
eg = ExceptionGroup("orig", [ValueError(1), TypeError(2)])

def bare_all():
    try:
        raise eg
    except* ValueError:
        raise
    except* TypeError:
        raise

def bare_partial():
    try:
        raise eg
    except* ValueError:
        raise

def handled_one_bare_other():
    try:
        raise eg
    except* ValueError:
        pass
    except* TypeError:
        raise

def reraise_by_name():
    try:
        raise eg
    except* ValueError as g:
        raise g

for f in (bare_all, bare_partial, handled_one_bare_other, reraise_by_name):
    try:
        f()
    except ExceptionGroup as e:
        print(f.__name__, e is eg, repr(e))
        if f is reraise_by_name:
            print("  nested:", repr(e.exceptions[0]), e.exceptions[0].exceptions[0] is eg.exceptions[0])
