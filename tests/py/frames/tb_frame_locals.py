def f(x):
    y = x * 2
    raise KeyError(y)

try:
    f(21)
except KeyError as e:
    fr = e.__traceback__.tb_next.tb_frame
    print(sorted(fr.f_locals.items()))
    print(fr.f_code.co_name, fr.f_lineno)
    print(fr.f_back.f_code.co_name)
