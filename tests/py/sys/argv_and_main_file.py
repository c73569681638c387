# sys.argv[0] and __file__ refer to the script (absolute directory prefix is normalised away).
import sys
print(sys.argv[0], sys.argv[1:])
print(__file__.endswith('argv_and_main_file.py'), __file__)
print(sys.path[0] != '', type(sys.path[0]).__name__)
