import sys

def t(frame, event, arg):
    return t

def f():
    fr = sys._getframe()
    print(fr.f_trace)
    fr.f_trace = t
    print(fr.f_trace is t)
    del fr.f_trace
    print(fr.f_trace)
    fr.f_trace_lines = False
    print(fr.f_trace_lines)
    return fr

fr = f()
print(fr.f_trace, fr.f_trace_lines)
