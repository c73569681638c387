import sys

class A:
    def m(self):
        return sys._getframe().f_code
    @staticmethod
    def s():
        return sys._getframe().f_code
    @classmethod
    def c(cls):
        return sys._getframe().f_code
    class Inner:
        def deep(self):
            return sys._getframe().f_code

for code in (A().m(), A.s(), A.c(), A.Inner().deep()):
    print(code.co_name, code.co_qualname)

def outer():
    def nested():
        return sys._getframe().f_code
    return nested()
c = outer()
print(c.co_name, c.co_qualname)
