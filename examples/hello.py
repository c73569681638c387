# A first program for Pyrite.
def greet(name):
    return f"Hello, {name}!"


for who in ["world", "Pyrite"]:
    print(greet(who))
