# A tiny tokenizer and a parser loop that matches (kind, value) tokens.
def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield ("NUM", int(src[i:j]))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            yield ("NAME", src[i:j])
            i = j
        else:
            yield ("OP", c)
            i += 1
    yield ("EOF", None)

def run(src):
    stack, out = [], []
    for tok in tokenize(src):
        match tok:
            case ("NUM", n):
                stack.append(n)
            case ("NAME", "dup"):
                stack.append(stack[-1])
            case ("NAME", "swap"):
                stack[-2:] = stack[-1:-3:-1]
            case ("NAME", "print"):
                out.append(stack.pop())
            case ("OP", "+" | "*" as op):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "+" else a * b)
            case ("OP", op):
                return f"bad operator {op!r} after {out}"
            case ("NAME", name):
                return f"unknown word {name!r}"
            case ("EOF", _):
                return out, stack

print(run("1 2 + print"))
print(run("3 dup * print 4 5 swap print print"))
print(run("10 20 30 + * print 7"))
print(run("1 2 -"))
print(run("1 frob"))
