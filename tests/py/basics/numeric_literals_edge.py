# Edge cases of numeric literals and their reprs.
print(0, 00, 0_0, 0x0, 0o0, 0b0, 0.0, 0e0, 0j)
print(1_2_3.4_5, 1e1_0, 0x_FF_FF, 0o_7_7, 0b_1_0)
print(9999999999999999999999, 0xFFFFFFFFFFFFFFFFFFFF, 1e-1000, 1e1000, 1e-323)
print(.1e1, 1.e1, 1E+2, 1e-0, 5j * 1j, 1.5J)
print(type(1e3).__name__, type(1_000).__name__, type(10j).__name__)
