# object(), default dunder behaviour, and attribute errors on builtins.
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(type(o).__name__, o == o, o != object(), bool(o))
class Plain: pass
p = Plain()
print(p.__class__ is Plain, Plain.__class__ is type, p.__dict__, Plain.__module__)
print(object.__name__, object.__base__, Plain.__base__ is object)
try:
    (1).x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Plain.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.real = 5
except TypeError as e:
    print(type(e).__name__, e)
print(p.__eq__(p), p.__eq__(1), p.__ne__(p), p.__lt__(p))
print(sorted(k for k in dir(p) if not k.startswith('__')))
