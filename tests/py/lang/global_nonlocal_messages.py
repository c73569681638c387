# The messages of a global/nonlocal that comes too late, for each reason; a private
# name is reported as written, not mangled.
for src in ["def f():\n    x: int = 1\n    global x", "def g():\n    x = 1\n    def f():\n        x: int\n        nonlocal x", "def g():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x", "def f(a):\n    nonlocal a", "class C:\n    def f(self):\n        __p = 1\n        global __p"]:
    try:
        compile(src, 's', 'exec'); print('ok')
    except SyntaxError as e:
        print(e.lineno, e.offset, e.msg)
