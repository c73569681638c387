print('pkg.b: executing')
B_CONST = 'B'
