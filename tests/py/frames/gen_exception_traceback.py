def gen():
    yield 1
    raise ValueError("boom")

def consume():
    for v in gen():
        pass

try:
    consume()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
