# objects still alive at exit are finalized after the atexit handlers
import atexit

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def on_exit():
    print("atexit sees", glob.name)

glob = Tracked("global")
atexit.register(on_exit)

class Cyc:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("__del__ cycle")

Cyc()
print("main done")
