# ImportError and ModuleNotFoundError messages.
import sys
sys.path.insert(0, 'support')
for stmt in ['import no_such_module', 'import pkg.no_such_sub', 'from no_such_pkg import x',
             'import helper.not_a_package', 'from pkg import no_such_name', 'from helper import nothing_here',
             'import no_such.deeper']:
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__ + ':', e, '| name =', e.name)
try:
    import syntax_bad
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
