def make():
    def f(x):
        return x + 1
    return f

a, b = make(), make()
print(a is b, a.__code__ is b.__code__)
c1 = compile("x + 1", "<s>", "eval")
c2 = compile("x + 1", "<s>", "eval")
print(c1 == c2, hash(c1) == hash(c2))
c3 = compile("x + 2", "<s>", "eval")
print(c1 == c3)
print(c1.co_name, c1.co_filename)
print(c1.replace(co_name="z") == c1)
print(eval(c1, {"x": 41}))
