def level3(x):
    return x + "suffix"

def level2(x):
    return level3(x) * 2

def level1():
    values = [1, 2, 3]
    return [level2(v) for v in values]

print("start")
level1()
