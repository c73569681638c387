# A name declared both global and nonlocal is reported at the first declaration.
src = '''def f():
    x = 1
    def g():
        global x
        nonlocal x
'''
try:
    compile(src, '<scope>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.offset, e.msg)
src2 = 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n'
try:
    compile(src2, '<scope>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.offset, e.msg)
