# __import__() argument type errors.
for args in [(5,), (None,), (b'sys',), ('sys', 5), ('sys', None, None, None, 'x')]:
    try:
        __import__(*args)
        print(args, 'ok')
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
class S(str):
    pass
m = __import__(S('sys'))
print(m.__name__, type(m).__name__)
