import sys

print(sys._getframemodulename())
def f():
    return sys._getframemodulename(0), sys._getframemodulename(1)
print(f())
print(sys._getframemodulename(50))
