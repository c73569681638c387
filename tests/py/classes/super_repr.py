# repr of super objects, bound and unbound.
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()
    def show(self):
        return repr(super())

b = B()
print(b.who(), b.show())
print(repr(super(B, b)), repr(super(B)), repr(super(B, B)))
print(super(B, b).who(), super(B, B).who(b))
