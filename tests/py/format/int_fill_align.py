# Integer format specs: fill characters and the four alignments.
for v in [0, 42, -42, 123456]:
    print(repr(format(v, '<8')), repr(format(v, '>8')), repr(format(v, '^8')), repr(format(v, '=8')))
for v in [7, -7]:
    print(repr(format(v, '*<6')), repr(format(v, '*>6')), repr(format(v, '*^6')), repr(format(v, '*=6')))
    print(repr(format(v, '0<6')), repr(format(v, '0>6')), repr(format(v, '0^7')), repr(format(v, '0=6')))
    print(repr(format(v, 'é^7')), repr(format(v, '{<5')), repr(format(v, '}>5')), repr(format(v, ' =+6')))
# A fill character that is itself an align character or digit.
print(repr(format(5, '<<5')), repr(format(5, '>>5')), repr(format(5, '^^5')), repr(format(5, '==5')))
print(repr(format(5, '1>5')), repr(format(5, '9<5')), repr(format(-5, '0=5')), repr(format(5, '->5')))
# Width smaller than the value never truncates.
print(repr(format(123456, '3')), repr(format(-123456, '<2')), repr(format(10**20, '^5')))
# Odd centering puts the extra fill on the right.
for w in range(1, 8):
    print(w, repr(format(12, '^' + str(w))), repr(format(-1, '.^' + str(w))))
