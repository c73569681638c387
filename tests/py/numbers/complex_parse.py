# complex() from strings and numbers.
good = ['1', '1j', '-1j', '+1j', 'j', '-j', '1+2j', '1-2j', '(1+2j)', ' ( 1+2j ) ', '1.5e3-2.5e-3j', '1J', '1_000+2_0j',
        'inf', '-infj', 'nanj', 'inf+nanj', '-1e500+1e500j', '.5j', '5.j', '1e1j', ' 3 ', '(3)', '-0', '-0j', '0-0j', '+1.5']
for s in good:
    print(repr(s), repr(complex(s)))
print(complex(1, 2), complex(1.5), complex(imag=2), complex(real=3), complex(1j, 1j), complex(1 + 2j, 3), complex(2, 1j))
print(complex(True, False), complex(-0.0, -0.0), complex(2**60), complex('1e-320j'), complex(b'1+2j'.decode()))
class C:
    def __complex__(self):
        return 5 + 6j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(I(), 1))
class SubC(complex):
    pass
z = SubC(1, 2)
print(z, type(z).__name__, type(z + 1).__name__, complex(z), type(complex(z)).__name__, SubC('3j'))
