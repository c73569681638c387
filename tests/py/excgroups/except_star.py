# except* handlers: each runs once on its part; unhandled parts propagate as a group.
def show(label, f):
    try:
        f()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))

def handled_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        print("  values", repr(g))
    except* TypeError as g:
        print("  types", repr(g))

def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError:
        print("  handled values")

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("  wrapped:", repr(g), repr(g.exceptions[0]))

def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("  not reached")

def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")

def reraise_bare():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise

def else_finally():
    try:
        pass
    except* ValueError:
        print("  not reached")
    else:
        print("  else ran")
    finally:
        print("  finally ran")

def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as g:
        print("  caught", repr(g))
    except* KeyError as g:
        print("  keys", repr(g))

def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as g:
        print("  values keep structure", repr(g))

for f in (handled_all, partial, naked, naked_unmatched, raise_in_handler, reraise_bare,
          else_finally, tuple_types, nested):
    show(f.__name__, f)

def bad_type():
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass
show("bad_type", bad_type)

def not_exception():
    try:
        raise ValueError()
    except* int:
        pass
show("not_exception", not_exception)

import sys
def exc_info_inside():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("  sys.exception():", repr(sys.exception()))
show("exc_info_inside", exc_info_inside)
