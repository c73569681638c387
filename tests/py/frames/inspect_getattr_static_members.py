import inspect

class A:
    x = 1
    def m(self):
        return 2
    @property
    def p(self):
        return 3

names = [n for n, _ in inspect.getmembers(A) if not n.startswith("__")]
print(names)
print(inspect.getmembers(A, inspect.isfunction)[0][0])
print(inspect.getattr_static(A(), "p").__class__.__name__)
print(inspect.isdatadescriptor(A.__dict__["p"]))
print(inspect.getmro(A)[0] is A)
print(inspect.cleandoc("""
    hello
      world
"""))
