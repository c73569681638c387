# atexit handlers that raise are reported and the others still run; handlers run after an
# uncaught exception's traceback and before the exit status is returned.
import atexit

class Bad:
    def __call__(self):
        raise ValueError("from handler")
    def __repr__(self):
        return "<bad handler>"

def good(n):
    print("good", n)

atexit.register(good, 1)
atexit.register(Bad())
atexit.register(good, 2)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError", e)
raise SystemExit(3)
