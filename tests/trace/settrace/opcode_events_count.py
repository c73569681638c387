import sys

counts = {}

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    frame.f_trace_opcodes = True
    counts[event] = counts.get(event, 0) + 1
    if event == "opcode":
        assert isinstance(frame.f_lasti, int)
    return tracer

def f():
    a = 1
    return a

sys._getframe().f_trace_opcodes = True
sys.settrace(tracer)
f()
sys.settrace(None)
print(sorted(counts))
print(counts["call"], counts["return"], counts["opcode"] > 2)
