import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught", repr(e), e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print("caught", repr(e), e.code)
print("now exiting with 0")
sys.exit(0)
