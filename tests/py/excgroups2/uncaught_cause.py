# An uncaught group raised `from` another exception prints the cause first, then the group.
def parse(s):
    return int(s)

def parse_all(items):
    errs = []
    for s in items:
        try:
            parse(s)
        except ValueError as e:
            errs.append(e)
    return errs

try:
    {}["config"]
except KeyError as k:
    group = ExceptionGroup("parse errors", parse_all(["x", "1", "y"]))
    group.add_note("while parsing input")
    raise group from k
