# traceback.py (not the C printer) places operator markers its own way: parens, non-ASCII
import sys, traceback
def run(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)
n = None
run(lambda: "é" + 1)
run(lambda: "éé" * "ab")
run(lambda: ("é")   + 1)
run(lambda: "日本語" - n)
run(lambda: {"é": 1}["ü"])
run(lambda: "x" + "é" + 1)
run(lambda: "é" ** 2)
run(lambda: len("é") + n)
run(lambda: (("é"))+n)
run(lambda: ("é", 1) + n)
run(lambda: "é" ** n)
run(lambda: "é"+(n))
run(lambda: ("é")  *  (n))
run(lambda: (a)+n)
run(lambda: (a) + n)
run(lambda: a+(n))
run(lambda: ((a))*n)
run(lambda: f(a)+n)
run(lambda: (a,)+n)
run(lambda: a//n)
run(lambda: a[n])
run(lambda: a  [  n  ])
