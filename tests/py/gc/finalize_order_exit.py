# weakref.finalize at exit, after atexit handlers
import weakref, atexit

class Res:
    def __init__(self, n):
        self.n = n

def done(n):
    print("finalize", n)

keep = [Res(i) for i in range(3)]
for r in keep:
    weakref.finalize(r, done, r.n)
noexit = Res(9)
weakref.finalize(noexit, done, 9).atexit = False

atexit.register(print, "atexit handler")
print("end of main")
