import sys

frames = []

def rec(n):
    frames.append(sys._getframe())
    if n:
        rec(n - 1)

rec(3)
print([f.f_locals["n"] for f in frames])
print([f.f_back is g for f, g in zip(frames[1:], frames)])
print(frames[0].f_back.f_code.co_name)
print(len(set(map(type, frames))))
