"""helper module docstring"""
print('helper: executing module body, __name__ =', __name__)
CONST = 42
_private = 'hidden'
__all__ = ['func', 'CONST', 'Klass']
def func(x):
    return x * 2
def not_exported():
    return 'not in __all__'
class Klass:
    def hello(self):
        return 'hello from ' + type(self).__module__
if __name__ == '__main__':
    print('helper: run as main (never in these tests)')
