import sys
import traceback

def f():
    print("".join(traceback.format_stack()), end="")
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack(limit=1))

def g():
    f()

g()
