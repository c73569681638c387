# Run with: target/release/pyrite --trace-frames examples/frames.py
def make_adder(n):
    def add(x):
        return x + n
    return add


def countdown(k):
    while k:
        yield k
        k -= 1


add3 = make_adder(3)
print(add3(4), list(countdown(2)))
