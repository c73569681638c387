import sys
import traceback

try:
    [][1]
except IndexError as e:
    traceback.print_exception(e, file=sys.stdout)
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
    traceback.print_tb(e.__traceback__, file=sys.stdout)
    print(traceback.format_tb(e.__traceback__))
    traceback.print_exception(e, limit=0, file=sys.stdout)
