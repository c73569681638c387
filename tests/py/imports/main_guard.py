# __name__ == "__main__" in the script, and __main__ visible from an imported module.
import sys
sys.path.insert(0, 'support')
SHARED = 'value in main'
import uses_main
import helper
print(__name__, __name__ == '__main__', helper.__name__ == '__main__')
print(uses_main.main_name(), uses_main.main_value())
import __main__
print(__main__.SHARED, sys.modules['__main__'] is __main__)
if __name__ == '__main__':
    print('running as a script')
