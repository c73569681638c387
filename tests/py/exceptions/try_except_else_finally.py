# Order of try/except/else/finally blocks.
def run(x):
    try:
        print('try', x)
        r = 10 // x
    except ZeroDivisionError as e:
        print('except', e)
        return 'from except'
    else:
        print('else', r)
        return 'from else'
    finally:
        print('finally')
print(run(2))
print(run(0))
try:
    pass
except Exception:
    print('never')
else:
    print('else without exception')
try:
    try:
        raise ValueError('inner')
    finally:
        print('inner finally')
except ValueError as e:
    print('outer caught', e)
