# At exit, the namespaces of __main__ and then of the modules it imported are cleared, each in
# insertion order, after a collection of the garbage cycles.
import sys
sys.path.insert(0, "support")
import exit_holder

class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

z_main = Loud("main z")
_a_main = Loud("main _a")
held = exit_holder.Loud("main-held instance of the module's class")
print("end of main")
