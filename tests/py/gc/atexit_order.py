import atexit

def handler(name, *, extra=""):
    print("handler", name, extra)

atexit.register(handler, "first")
atexit.register(handler, "second", extra="kw")
r = atexit.register(handler, "third")
print(r is handler)

def gone():
    print("should not run")

atexit.register(gone)
atexit.register(gone)
atexit.unregister(gone)
print(atexit._ncallbacks())

@atexit.register
def decorated():
    print("decorated runs first")
    atexit.register(handler, "registered during exit")

print("main done")
