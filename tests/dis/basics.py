x = 1
y = x + 2 * 3
print(x, y)
if x < y:
    z = 'yes'
else:
    z = "no"
for i in range(3):
    x += i
while x > 0:
    x -= 1
