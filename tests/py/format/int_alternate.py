# The '#' alternate form for integer presentation types.
for v in [0, 1, 10, 255, -255, 2**40]:
    print(format(v, '#b'), format(v, '#o'), format(v, '#x'), format(v, '#X'), format(v, '#d'), format(v, '#'))
# Alternate form with width and zero padding: prefix goes before the zeros.
for spec in ['#10x', '#010x', '#<10x', '#^10x', '#=10x', '#>10b', '#010b', '+#010o', ' #010X', '-#010x']:
    print(spec, repr(format(42, spec)), repr(format(-42, spec)))
# Case of the prefix follows the type letter.
print(format(3054, '#X'), format(3054, '#x'), hex(3054), oct(8), bin(5), hex(-3054).upper())
# '#' with 'c' and 'n'.
for spec in ['#c', '#n', '#+010o', '0#x']:
    try:
        print(spec, repr(format(65, spec)))
    except ValueError as e:
        print(spec, type(e).__name__, e)
