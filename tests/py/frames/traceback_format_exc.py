import traceback

def f():
    return {}["key"]

try:
    f()
except KeyError:
    text = traceback.format_exc()
print(text.replace("\n", "|\n"), end="")
print(traceback.format_exc())
