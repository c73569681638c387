import sys

def lines():
    out = []
    out.append(sys._getframe().f_lineno)
    x = 1
    out.append(sys._getframe().f_lineno)
    if x:
        out.append(sys._getframe().f_lineno)
    for i in range(2):
        out.append(sys._getframe().f_lineno)
    out.append(
        sys._getframe().f_lineno
    )
    return out

print(lines())
print(sys._getframe().f_lineno)
