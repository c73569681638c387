# Deeply nested source code: the parser/compiler raises an exception instead of crashing.
for depth in (50, 300, 10000):
    src = '(' * depth + '1' + ')' * depth
    try:
        print(depth, eval(src))
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(depth, type(e).__name__)
for depth in (50, 1000):
    src = '[' * depth + ']' * depth
    try:
        r = eval(src)
        print(depth, 'ok', type(r).__name__)
    except (SyntaxError, RecursionError, MemoryError) as e:
        print(depth, type(e).__name__)
src = '-' * 100000 + '1'
try:
    print(eval(src))
except (SyntaxError, RecursionError, MemoryError) as e:
    print('unary chain', type(e).__name__)
