import sys

class C:
    a = 1
    fr = sys._getframe()
    print(fr.f_code.co_name)
    print(fr.f_locals is locals())
    print(sorted(k for k in fr.f_locals if not k.startswith("__")))
    print(fr.f_locals["__qualname__"])
    print(fr.f_back.f_code.co_name)
    b = 2
    print("b" in fr.f_locals)
    del fr

print(C.a, C.b, hasattr(C, "fr"))
