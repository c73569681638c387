# The '#' alternate form for floats keeps the decimal point and trailing zeros.
for v in [0.0, 1.0, 3.0, 100.0, 1.5, 1e20, 1e-20, 123456789.0]:
    print(format(v, '#'), format(v, '#g'), format(v, '#.0f'), format(v, '#.0e'), format(v, '#.3g'), format(v, '#.1G'), format(v, '#.0%'))
print('%#.0f|%#g|%#.3g|%#.0e|%#x|%#o|%#X' % (2.0, 2.0, 2.0, 2.0, 255, 8, 255))
print(format(1.0, '#.0'), format(1.0, '#.1'), format(10.0, '#.1'), format(0.0001, '#.2'), format(1e16, '#'))
print(f'{2.5:#.0f}|{2.5:.0f}|{1.0:#010.0f}|{-1.0:#<8.0e}|')
# '#' with 'n', '%' and width/fill combinations.
for v in [1.0, 0.5, 1234.0]:
    print(format(v, '#n'), format(v, '#.2n'), format(v, '#.0%'), format(v, '#>10.0f') + '|', format(v, '#010.0e'))
print(format(-0.0, '#'), format(-0.0, '#.0f'), format(float('inf'), '#'), format(float('nan'), '#.0f'))
print('%#.0f %#.0e %#.3g %#g' % (0.0, 0.0, 0.0, 1e-5))
print(format(5e-324, '#'), format(1e300, '#.3'), format(123.0, '#.3'), format(123.0, '#.2'))
