values = [1, 2, 0, 4]
total = sum(10 // v for v in values)
print(total)
