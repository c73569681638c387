# Support module for gc/del_at_exit_modules: objects held by a module's globals at exit.
class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

_private = Loud("module _private")
public = Loud("module public")
