"""Module docstring."""
import os
import os.path as osp
from collections import OrderedDict as OD, defaultdict
from . import sibling
from ..pkg.mod import *

class Base:
    attr: int = 3
    def __init__(self, v):
        self.v = v
    def method(self):
        return super().method() + super(Base, self).x

class Child(Base, metaclass=type, **{}):
    """Child doc."""
    __slots__ = ('a',)
    def __private(self):
        return self.__x
    @property
    def v2(self):
        return __class__

def outer():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def uses_global():
    global G
    G = 1
    del G
