# Matching on enum-like class constants (dotted value patterns) and nested namespaces.
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Http:
    class Status:
        OK = 200
        NOT_FOUND = 404
        TEAPOT = 418

def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN | Color.BLUE:
            return "cool colour"
        case _:
            return "unknown"

def status(code):
    match code:
        case Http.Status.OK:
            return "ok"
        case Http.Status.NOT_FOUND | Http.Status.TEAPOT as c:
            return f"client error {c}"
        case int(c) if 500 <= c < 600:
            return "server error"
        case _:
            return "?"

for c in ("red", "green", "blue", "purple", Color.RED):
    print(c, paint(c))
for code in (200, 404, 418, 503, 200.0, True):
    print(code, status(code))

# The constant is looked up each time the case is tried, so rebinding it matters.
Color.RED = "crimson"
print(paint("red"), paint("crimson"))
del Color.GREEN
try:
    paint("blue")
except AttributeError as e:
    print("AttributeError", e)
