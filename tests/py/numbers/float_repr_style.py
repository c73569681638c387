# sys.float_repr_style is 'short' on all modern platforms.
import sys
print(sys.float_repr_style, type(sys.float_repr_style).__name__)
print(repr(0.1) if sys.float_repr_style == 'short' else 'legacy', str(1 / 3), repr(1e23), repr(1.1 * 3))
print(sys.float_info.dig, sys.float_info.mant_dig, [repr(x) for x in [0.1, 0.2, 0.3, 0.1 + 0.2]])
for name in ['float_repr_style', 'float_info', 'int_info', 'hash_info', 'maxsize']:
    print(name, hasattr(sys, name))
print(repr(sys.float_repr_style) == "'short'", len(sys.float_repr_style))
print(sorted(k for k in dir(sys) if k.startswith("float_")))
