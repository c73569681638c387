# Class patterns with keyword subpatterns: attribute lookup, missing attrs, properties.
class Req:
    def __init__(self, method, path, **extra):
        self.method, self.path = method, path
        self.__dict__.update(extra)

class Lazy:
    @property
    def value(self):
        print("  computing value")
        return 42
    @property
    def broken(self):
        raise AttributeError("no broken today")
    @property
    def angry(self):
        raise KeyError("angry")

def route(r):
    match r:
        case Req(method="GET", path="/"):
            return "index"
        case Req(method="GET" | "HEAD", path=str(p)) if p.startswith("/static/"):
            return "static " + p[8:]
        case Req(method="POST", path=p, body=b):
            return f"post to {p} with {b!r}"
        case Req(method=m):
            return f"no route for {m}"

print(route(Req("GET", "/")))
print(route(Req("HEAD", "/static/app.js")))
print(route(Req("POST", "/form", body="x=1")))
print(route(Req("POST", "/form")))
print(route(Req("PUT", "/")))

def lazy(o):
    match o:
        case Lazy(broken=_):
            return "has broken"
        case Lazy(value=41):
            return "41"
        case Lazy(value=v):
            return f"value {v}"

print(lazy(Lazy()))
try:
    match Lazy():
        case Lazy(angry=_):
            print("no")
except KeyError as e:
    print("KeyError", e)

match 5:
    case int(real=5, imag=0, denominator=d):
        print("int attributes", d)
