# Compile-time errors for type parameter lists and what may appear in bounds.
cases = [
    "def f[T, T](): pass",
    "class C[T, *T]: pass",
    "type A[T, **T] = int",
    "def f[](): pass",
    "def f[T = int](): pass",
    "def f[T](T): pass",
    "class C[T, U, T]: pass",
    "def f[T]():\n    T = 1\n    return T\n",
    "def f[T]():\n    global T\n",
    "class C[T]:\n    T = 1\n",
    "type A = lambda: (yield)",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", src.replace("\n", "\\n"))
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} ({src.splitlines()[0]})")
