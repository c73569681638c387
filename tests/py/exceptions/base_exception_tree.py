# Parts of the builtin exception hierarchy.
names = ['ArithmeticError', 'AssertionError', 'AttributeError', 'BufferError', 'EOFError',
         'ImportError', 'LookupError', 'MemoryError', 'NameError', 'OSError', 'ReferenceError',
         'RuntimeError', 'StopIteration', 'StopAsyncIteration', 'SyntaxError', 'SystemError',
         'TypeError', 'ValueError', 'Warning', 'GeneratorExit', 'KeyboardInterrupt', 'SystemExit',
         'RecursionError', 'NotImplementedError', 'IndentationError', 'TabError', 'UnboundLocalError',
         'ZeroDivisionError', 'OverflowError', 'FloatingPointError', 'KeyError', 'IndexError',
         'UnicodeError', 'UnicodeEncodeError', 'ModuleNotFoundError', 'TimeoutError',
         'FileNotFoundError', 'PermissionError', 'ConnectionError', 'DeprecationWarning', 'UserWarning']
b = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
for n in names:
    cls = b[n]
    print(n, '->', cls.__base__.__name__)
print(EnvironmentError is OSError, IOError is OSError)
