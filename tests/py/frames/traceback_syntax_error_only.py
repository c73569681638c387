import traceback

try:
    compile("x = (1,\n", "snippet.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
try:
    compile("a b", "s2.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
    print(e.filename, e.lineno, e.offset, e.text)
