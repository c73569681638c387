def numbers():
    yield 1
    yield 2
    raise LookupError("generator failed")

for n in numbers():
    print(n)
