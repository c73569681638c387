# Importing a package runs __init__, which can import submodules relatively.
import pkg
print(pkg.PKG_ATTR, pkg.a_func(), pkg.__name__, pkg.__package__)
print(hasattr(pkg, 'a'), hasattr(pkg, 'b'), hasattr(pkg, 'sub'))
print(sorted(k for k in __import__('sys').modules if k == 'pkg' or k.startswith('pkg.')))
