# An exception raised while matching shows the pattern's line in the traceback.
class Bad:
    __match_args__ = ("x",)
    @property
    def x(self):
        raise RuntimeError("property failed")

def classify(v):
    match v:
        case int():
            return "int"
        case Bad(1):
            return "bad one"

print(classify(3))
classify(Bad())
