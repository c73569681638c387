# PEP 701: replacement fields may span lines and contain comments.
xs = [1, 2, 3]
s = f"total={
    sum(xs)  # a comment inside the expression
}!"
print(s)
t = f'''{
    ", ".join(
        str(x * 10)  # scaled
        for x in xs
    )
}'''
print(t)
d = {'k': 'v'}
u = f"{d[
    'k'
]}-{len(
    xs
)}"
print(u)
print(f"{
    xs
    [0]
}")
w = 7
print(f"{w
    :>5}|")
print(f"{w  # comment before the end
}")
print(f"""a{
 1 + 1
}b{
 2 * 3
}c""")
