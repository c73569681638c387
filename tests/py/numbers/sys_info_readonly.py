# sys.float_info, sys.int_info and sys.hash_info are read-only struct sequences.
import sys
for obj, attr in [(sys.float_info, 'max'), (sys.int_info, 'bits_per_digit'), (sys.hash_info, 'width')]:
    try:
        setattr(obj, attr, 1)
        print('set?', getattr(obj, attr))
    except AttributeError as e:
        print(type(obj).__name__, type(e).__name__, e)
    try:
        obj[0] = 1
    except TypeError as e:
        print(type(obj).__name__, type(e).__name__, e)
print(isinstance(sys.float_info, tuple), sys.float_info[:3], sys.int_info[-1], sys.hash_info[1:3])
print(sys.float_info.n_fields if hasattr(sys.float_info, 'n_fields') else len(sys.float_info), sys.float_info.max_exp)
