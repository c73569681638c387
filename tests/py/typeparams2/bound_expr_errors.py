# Expressions that cannot appear in annotation scopes of bounds and alias values.
cases = [
    "def f[T: (yield)](): pass",
    "def f[T: (x := 1)](): pass",
    "class C[T: (await x)]: pass",
    "def f[T: (yield from x)](): pass",
    "type A[T] = (yield)",
    "type A = (x := 1)",
    "type A = await x",
    "class C[T: (int, (yield))]: pass",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", src.replace("\n", "\\n"))
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} ({src.splitlines()[0]})")
