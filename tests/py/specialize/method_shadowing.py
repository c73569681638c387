# A cached method call must notice an instance attribute of the same name, however the key got
# into the instance dict: a computed (not interned) string, vars(), setattr, many other keys
# first, after deletions and clear().
class A:
    def m(self):
        return "A.m"


def call_m(o):
    return o.m()


a = A()
for _ in range(200):
    call_m(a)
print(call_m(a))

a.__dict__["".join(["m"])] = lambda: "computed key"
print(call_m(a))
del a.__dict__["m"]
print(call_m(a))

for i in range(100):
    setattr(a, "attr%d" % i, i)
print(call_m(a))
vars(a)["m"] = lambda: "via vars"
print(call_m(a), a.attr42)
a.__dict__.clear()
print(call_m(a))
setattr(a, "m", lambda: "setattr")
print(call_m(a))
del a.m


class B(A):
    pass


b = B()
for i in range(70):
    b.__dict__[str(i)] = i
for _ in range(200):
    call_m(b)
print(call_m(b), call_m(a))
b.__dict__["m" + ""] = lambda: "b's own"
print(call_m(b), call_m(a))
