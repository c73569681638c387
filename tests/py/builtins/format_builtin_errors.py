# format(): default spec, __format__ dispatch and error messages.
class F:
    def __format__(self, spec): return f'<{spec}>'
class Plain:
    def __str__(self): return 'plain-str'
print(format(F()), format(F(), 'xyz'), format(Plain()), format(Plain(), ''), format(None), format([1]))
print(format(3.5), format(10, ''), format('s', '>3'), format(True), format(True, 'd'), format(1j))
class BadRet:
    def __format__(self, spec): return 1
class S(str):
    pass
class SubRet:
    def __format__(self, spec): return S('sub')
print(format(SubRet()), type(format(SubRet())).__name__)
for thunk in [lambda: format(Plain(), 'x'), lambda: format(object(), '>5'), lambda: format(BadRet()),
              lambda: format(1, 5), lambda: format(1, None), lambda: format(), lambda: format(1, 'q'),
              lambda: format('s', 'd'), lambda: format(None, 's'), lambda: format(1, spec='d')]:
    try:
        print(repr(thunk()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Inherit(int):
    pass
print(format(Inherit(255), 'x'), format(Inherit(3), ''))
