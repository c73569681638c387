# TypeVar, ParamSpec and TypeVarTuple attributes are read-only.
def f[T: int, *Ts, **P](): pass
T, Ts, P = f.__type_params__
for obj, attr in ((T, "__bound__"), (T, "__name__"), (T, "__covariant__"),
                  (Ts, "__name__"), (P, "__bound__")):
    try:
        setattr(obj, attr, None)
        print("set", attr)
    except AttributeError as e:
        print("AttributeError", e)
