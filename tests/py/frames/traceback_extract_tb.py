import traceback

def a():
    b()

def b():
    raise IndexError("i")

try:
    a()
except IndexError as e:
    ss = traceback.extract_tb(e.__traceback__)
    tb = e.__traceback__
print(type(ss).__name__, len(ss))
for fs in ss:
    print(fs.filename.rsplit("/", 1)[-1], fs.lineno, fs.name, repr(fs.line))
    print("  ", fs.end_lineno, fs.colno, fs.end_colno)
fn, ln, name, line = ss[0]
print(ln, name, line)
print(ss.format())
print(traceback.format_list(ss[1:]))
print(len(traceback.extract_tb(tb, limit=1)))
