import sys

def hook(t, v, tb):
    print("hook:", t.__name__, v, tb.tb_lineno, file=sys.stdout)
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

sys.excepthook = hook
print(sys.__excepthook__ is not hook)

def fail():
    raise LookupError("gone")

fail()
print("not reached")
