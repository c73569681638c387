# Star-unpacking a TypeVarTuple produces typing.Unpack[Ts] (repr in 3.12).
def args_of[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args

(Ts,) = args_of.__type_params__
print(args_of.__annotations__)
print([x for x in Ts], list(iter(Ts)))
type Tup[*Us] = tuple[int, *Us]
print(Tup.__value__)
