# The '=' self-documenting specifier keeps the expression text and whitespace.
x, name, pi = 42, 'Ada', 3.14159
print(f'{x=}', f'{x = }', f'{x= }', f'{x =}', f'{  x  =  }')
print(f'{name=}', f'{name=!s}', f'{name=!a}', f'{name = !r:>8}', f'{name=:>6}')
print(f'{pi=:.2f}', f'{pi = :10.3}', f'{x+1=}', f'{x * 2 = }', f'{[x, x]=}')
print(f'{"lit"=}', f"{'q'=}", f'{x=:#x}', f'{x=!r:^8}|', f'{None=}')
print(f'{x=}{x=}', f'a{x=}b', f'{(lambda: 1)()=}', f'{{x=}}')
print(f'{x == 42=}', f'{x<50=}', f'{x>=1=}')
print(f'{name=:{"^"}{9}}|', f'{pi=:{x}.{2}f}', f'{name.upper()=}', f'{len(name)=:03}')
class R:
    def __repr__(self):
        return 'R()'
    def __str__(self):
        return 'r-str'
    def __format__(self, spec):
        return 'fmt:' + spec
r = R()
print(f'{r=}', f'{r=!s}', f'{r=:spec}', f'{r=!r:>5}', f'{r}', f'{r!r}')
print(f'{x
=}')
