# The builtins namespace: names exist, can be shadowed and deleted.
import sys
b = sys.modules['builtins']
print(b.__name__, b.len is len, b.print is print, hasattr(b, 'open'), 'max' in dir(b))
def shadow():
    max = lambda *a: 'shadowed max'
    return max(1, 2)
print(shadow(), max(1, 2))
orig_len = b.len
b.len = lambda x: 'patched'
print(len([1]))
b.len = orig_len
print(len([1]))
print(b.__dict__['abs'] is abs, b.__dict__['None'] if 'None' in b.__dict__ else 'None is a keyword')
print(sorted(n for n in ['sorted', 'sum', 'zip', 'iter', 'next'] if hasattr(b, n)))
