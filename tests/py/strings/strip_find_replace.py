# strip family, find/index/count, replace, startswith/endswith.
s = '**hello world**'
print(s.strip('*'), s.lstrip('*'), s.rstrip('*'), '  x  '.strip(), '\t\n x \r'.strip(), 'xyxhixy'.strip('xy'))
t = 'banana'
print(t.find('an'), t.find('an', 2), t.find('x'), t.rfind('an'), t.index('n'), t.rindex('a'), t.count('a'), t.count('an'), t.count(''))
print(t.find('a', -2), t.find('', 10), t.count('a', 2, 4))
print(t.replace('a', 'o'), t.replace('a', 'o', 2), t.replace('', '-'), t.replace('nan', ''))
print(t.startswith('ban'), t.startswith(('x', 'b')), t.endswith('na'), t.startswith('an', 1), t.endswith('ban', 0, 3))
print('prefix_name'.removeprefix('prefix_'), 'name.py'.removesuffix('.py'), 'abc'.removeprefix('x'))
try:
    t.index('z')
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.startswith(['b'])
except TypeError as e:
    print(type(e).__name__, e)
