def a(n):
    if n == 0:
        raise KeyError("deep")
    return a(n - 1)

try:
    a(3)
except KeyError as e:
    tb = e.__traceback__
    items = []
    while tb:
        items.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_locals.get("n")))
        tb = tb.tb_next
    print(items)
