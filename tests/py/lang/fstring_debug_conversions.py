# '=' specifier combined with conversions, specs and odd whitespace.
x = 3.5
s = 'hé'
print(f"{x=!s:>6}|", f"{x =!r}", f"{ x= :08.3f}")
print(f"{s=!a}", f"{s = !s}")
print(f"{x    *    2   =   }")
print(f"{(x,)=}", f"{[x][0]=}", f"{ {'k': x}['k'] = }")
print(f"{x=:{'>'}{10}}|")
print(f"{x!r:^9}|{x!s:<5}|{x!a:>5}|")
print(f"{'%'=}", f"{'='=}", f"{x==3.5=}")
print(f"{1=}{2=}{3=}")
class C:
    def __repr__(self): return 'C-repr'
    def __format__(self, spec): return f'C-format[{spec}]'
c = C()
print(f"{c=}", f"{c=:}", f"{c=:x}", f"{c=!s}", f"{c=!r:>8}")
print(f"{c = :abc}")
lst = [1, 2]
print(f"{lst[ 0 ]=}", f"{lst [1]=}")
print(f"{ lst = }")
