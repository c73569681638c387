# Line continuation, semicolons, implicit joining, nested blocks on one line.
total = 1 + \
    2 + \
    3
print(total)
items = [
    1,
    2,   # comment
    3,
]
print(items)
a = 1; b = 2; print(a + b)
if a: print('inline if')
for i in range(2): print('loop', i)
while b: b -= 1; print('while', b)
s = ("implicit "
     "concatenation")
print(s)
def f(x,
      y=2,
      ):
    return x + y
print(f(1,
        ))
