# `==` and `!=` of two exact strs are decided inline; everything else keeps the generic rules.
a = "".join(["ab", "c"])
b = "abc"
print(a == b, a != b, a is b, a == "abd", "é" == "\xe9", "€x"[0] == "€", "€" == "\u20ac" * 1)
class S(str):
    def __eq__(self, other):
        return "custom"
print(S("abc") == "abc", "abc" == S("abc"), "abc" != S("abd"))
print("1" == 1, "a" != None, [x == "b" for x in "abc"])
n = 0
for w in ["line", "call", "line", "return"]:
    if w == "line":
        n += 1
    elif w != "call":
        n += 10
print(n)
