# Dispatching on caught exceptions with class patterns (args and attributes).
class AppError(Exception):
    __match_args__ = ("code", "detail")
    def __init__(self, code, detail=""):
        super().__init__(code, detail)
        self.code, self.detail = code, detail

def describe(exc):
    match exc:
        case AppError(404, d):
            return f"not found: {d}"
        case AppError(code) if code >= 500:
            return f"server error {code}"
        case AppError():
            return "other app error"
        case OSError(errno=2, filename=fn):
            return f"missing file {fn}"
        case KeyError(args=(k,)):
            return f"missing key {k!r}"
        case ValueError(args=[msg]) | TypeError(args=[msg]):
            return f"bad value: {msg}"
        case ArithmeticError():
            return f"arith: {type(exc).__name__}"
        case Exception(args=()):
            return "no args"
        case _:
            return "unknown"

def attempt(f):
    try:
        f()
    except Exception as e:
        return describe(e)

print(attempt(lambda: (_ for _ in ()).throw(AppError(404, "page"))))
for exc in (AppError(503), AppError(400, "x"), FileNotFoundError(2, "nope", "a.txt"),
            KeyError("k"), ValueError("v"), TypeError("t", "u"), ZeroDivisionError(),
            RuntimeError(), RuntimeError("r")):
    print(type(exc).__name__, "->", describe(exc))
print(attempt(lambda: {}["z"]), "|", attempt(lambda: 1 / 0), "|", attempt(lambda: int("x")))
try:
    match ValueError("x"):
        case ValueError(msg):
            pass
except TypeError as e:
    print("TypeError", e)
