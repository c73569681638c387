# inf and nan under every float presentation type.
inf, nan = float('inf'), float('nan')
for v in [inf, -inf, nan, -nan]:
    print([format(v, t) for t in ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n', '.3']])
for v in [inf, -inf, nan]:
    print(repr(format(v, '+')), repr(format(v, ' ')), repr(format(v, '08')), repr(format(v, '08F')), repr(format(v, '<8')),
          repr(format(v, '*^9')), repr(format(v, ',')), repr(format(v, '#.3e')), repr(format(v, '.0f')))
print(str(inf), repr(-inf), str(nan), repr(-nan), '%f %F %e %E %g %G' % (inf, inf, -inf, -inf, nan, nan))
print(f'{inf:=+10}|{-inf:010}|{nan:z}|{-nan:z}|{nan:+.2f}')
print(float('inf') == float('infinity'), repr(float('-Infinity')), repr(float('+nan')), repr(float('-NaN')))
