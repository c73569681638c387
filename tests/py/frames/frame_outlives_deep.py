import sys

saved = []

def a():
    b()
    return "a done"

def b():
    c()

def c():
    saved.append(sys._getframe())

print(a())
f = saved[0]
chain = []
while f is not None:
    chain.append((f.f_code.co_name, f.f_lineno))
    f = f.f_back
print(chain)
