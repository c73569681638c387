print('circ_b: start')
import circ_a
B_VALUE = 'b'
def use_a():
    return 'b sees ' + circ_a.A_VALUE
print('circ_b: has circ_a.A_VALUE during import?', hasattr(circ_a, 'A_VALUE'))
print('circ_b: end')
