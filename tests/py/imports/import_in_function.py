# import statements inside functions bind local names; __import__ builtin.
import sys
sys.path.insert(0, 'support')
def f():
    import helper
    from noall import public
    return helper.CONST, public, sorted(k for k in locals())
print(f())
print('helper' in globals(), 'helper' in sys.modules)
m = __import__('noall')
print(m.public, m is sys.modules['noall'])
p = __import__('pkg.sub.mod')
print(p.__name__)
leaf = __import__('pkg.sub.mod', fromlist=['MOD_CONST'])
print(leaf.__name__)
