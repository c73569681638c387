print("this line is fine")
x = (1 +
print("never")
