# SyntaxError messages for malformed f-strings.
sources = ['f"{lambda x: x}"', 'f"{}"', 'f"{x!}"', 'f"{x!z}"', 'f"{ }"', 'f"{x:{}}"', 'f"{!r}"',
           'f"{x=!}"', 'f"{"', 'f"}"', 'f"{x!r:{{}}"', 'f"{:}"', 'f"{x!r =}"', 'f"{x:}}"']
for src in sources:
    try:
        eval(src)
        print(src, 'ok?')
    except SyntaxError as e:
        print(src, type(e).__name__, e.msg)
    except NameError as e:
        print(src, type(e).__name__, e)
