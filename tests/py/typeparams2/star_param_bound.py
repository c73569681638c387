# TypeVarTuple and ParamSpec parameters cannot have bounds or constraints.
cases = [
    "class C[*Ts: int]: pass",
    "class C[**P: int]: pass",
    "def f[*Ts: (int, str)](): pass",
    "type A[**P: object] = int",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", src.replace("\n", "\\n"))
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} ({src.splitlines()[0]})")
