# import of a plain module from a support directory.
import sys
sys.path.insert(0, 'support')
print('before import')
import helper
print('after import')
print(helper.CONST, helper.func(5), helper.Klass().hello(), helper.__name__, helper.__doc__)
print(type(helper).__name__, sorted(n for n in dir(helper) if not n.startswith('__')))
print(helper._private, helper.not_exported())
import helper as h2
print(h2 is helper)
try:
    helper.missing
except AttributeError as e:
    print(type(e).__name__, e)
