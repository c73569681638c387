# Irrefutable subpatterns (captures, wildcards, [*_]) can appear anywhere inside a pattern;
# only at top level do they need to come last.
def f(v):
    match v:
        case [x, _, *_] if x == "skip":
            return "skipped"
        case [_, [*inner], {**kw}]:
            return f"inner={inner} kw={kw}"
        case (_ as a, _ as b):
            return f"as-bound {a} {b}"
        case {"x": _ as whole}:
            return f"mapping value {whole!r}"
        case object(__class__=cls) if cls is float:
            return "a float by __class__"
        case everything:
            return f"captured {everything!r}"

for v in (["skip", 1, 2], [1, [2, 3], {"k": 4}], [1, "no", {}], (5, 6), {"x": None},
          2.5, "s", [1, 2, 3]):
    print(repr(v), "->", f(v))

for src in [
    "match v:\n    case [x] | x:\n        pass\n",
    "match v:\n    case x | [x]:\n        pass\n",
    "match v:\n    case (_ | 1):\n        pass\n",
    "match v:\n    case [(_ | 1)]:\n        pass\n",
    "match v:\n    case (x as y):\n        pass\n    case 1:\n        pass\n",
    "match v:\n    case _ if v:\n        pass\n    case 1:\n        pass\n",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
