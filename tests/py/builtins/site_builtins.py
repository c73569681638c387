# exit/quit/help/copyright are the Quitter/_Printer/_Helper objects site installs; exit(code) raises SystemExit.
print(repr(exit), repr(quit), repr(help))
print(exit.name, quit.eof, type(exit).__name__, type(exit).__module__, type(copyright).__name__)
import sys
print(sys.breakpointhook is sys.__breakpointhook__)
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
exit("bye")
