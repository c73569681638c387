import sys

def f():
    secret = "s"
    try:
        raise KeyError
    except KeyError:
        return sys.exc_info()[2]

tb = f()
fr = tb.tb_frame
print(fr.f_code.co_name, fr.f_lineno, tb.tb_lineno)
print(sorted(fr.f_locals))
print(fr.f_locals["secret"])
print(fr.f_back.f_code.co_name)
