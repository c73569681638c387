# Type parameters live in their own annotation scope and cannot be declared nonlocal.
cases = [
    "def f[T]():\n    nonlocal T\n",
    "class C[T]:\n    def m(self):\n        nonlocal T\n",
    "def f[T]():\n    def g():\n        nonlocal T\n",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", src.replace("\n", "\\n"))
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} ({src.splitlines()[0]})")
