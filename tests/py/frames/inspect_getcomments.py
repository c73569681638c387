#!/usr/bin/env python
#
# Module comment
#   second
#
import inspect, sys

# about f
#
#   more
def f(): pass

class C:
    # about m
    def m(self): pass

    def n(self): pass
print(repr(inspect.getcomments(f)))
print(repr(inspect.getcomments(C.m)))
print(repr(inspect.getcomments(C.n)))
print(repr(inspect.getcomments(sys.modules[__name__])))
print(repr(inspect.getcomments(len)))
