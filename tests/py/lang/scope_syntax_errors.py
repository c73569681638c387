# Compile-time scope errors for global/nonlocal.
sources = [
    'def f(a):\n    global a',
    'def f(a):\n    nonlocal a',
    'def f():\n    nonlocal zz',
    'nonlocal x',
    'def f():\n    x = 1\n    global x',
    'def f():\n    print(x)\n    global x',
    'class C:\n    nonlocal y',
    'def f():\n    global x\n    global x\n    return 1',
    'def f():\n    x = 0\n    def g():\n        x += 1\n        nonlocal x',
]
for src in sources:
    try:
        compile(src, '<scope>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print('SyntaxError', e.lineno, e.msg)
