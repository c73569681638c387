import traceback

def a():
    return b()

def b():
    return traceback.extract_stack()

st = a()
print([(f.name, f.lineno) for f in st])
print([f.line for f in st])
st2 = traceback.extract_stack(limit=2)
print([(f.name, f.lineno) for f in st2])
