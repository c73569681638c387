import sys
import types

f = sys._getframe()
tb = types.TracebackType(None, f, 0, 7)
print(tb.tb_lineno, tb.tb_lasti, tb.tb_frame is f, tb.tb_next)
tb2 = types.TracebackType(tb, f, 2, 9)
print(tb2.tb_next is tb)
try:
    raise ValueError("x").with_traceback(tb2)
except ValueError as e:
    t = e.__traceback__
    out = []
    while t:
        out.append(t.tb_lineno)
        t = t.tb_next
    print(out)
