import sys

def prof(frame, event, arg):
    pass

print(sys.getprofile())
sys.setprofile(prof)
print(sys.getprofile() is prof)
sys.setprofile(None)
print(sys.getprofile())
try:
    sys.setprofile()
except TypeError as e:
    print(type(e).__name__, e)
