import traceback

fs = traceback.FrameSummary("file.py", 10, "func", line="x = 1")
print(fs.filename, fs.lineno, fs.name, fs.line)
print(repr(fs))
print(fs == ("file.py", 10, "func", "x = 1"))
print(list(fs))
print(len(fs))
fs2 = traceback.FrameSummary("f2.py", 3, "g", lookup_line=False, locals={"a": 1})
print(fs2.locals)
ss = traceback.StackSummary.from_list([fs, ("other.py", 4, "h", "return 2")])
print(ss.format())
print(traceback.format_list([("a.py", 1, "m", "pass")]))
