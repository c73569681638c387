def gen():
    yield 1
    yield 1 / 0

def main():
    return list(gen())

main()
