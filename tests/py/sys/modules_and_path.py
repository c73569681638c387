# sys.modules, sys.path manipulation and sys.getrecursionlimit/setrecursionlimit round trip.
import sys
print('sys' in sys.modules, '__main__' in sys.modules, 'builtins' in sys.modules)
print(sys.modules['sys'] is sys, type(sys.modules['__main__']).__name__)
old = list(sys.path)
sys.path.append('extra_dir')
print(sys.path[-1], len(sys.path) == len(old) + 1)
sys.path.remove('extra_dir')
print(sys.path == old)
limit = sys.getrecursionlimit()
sys.setrecursionlimit(limit + 500)
print(sys.getrecursionlimit() - limit)
sys.setrecursionlimit(limit)
print(sys.getrecursionlimit() == limit)
