import sys

fr = eval("sys._getframe()")
print(fr.f_code.co_name, fr.f_code.co_filename, fr.f_back.f_code.co_name)
ns = {"sys": sys}
exec("inner = sys._getframe()\nline = inner.f_lineno", ns)
print(ns["inner"].f_code.co_filename, ns["line"], ns["inner"].f_globals is ns)
code = compile("\n\nresult = sys._getframe().f_lineno", "custom.py", "exec")
exec(code, ns)
print(ns["result"])
def f():
    return eval("sys._getframe(1).f_code.co_name")
print(f())
