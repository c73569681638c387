# 3.12 f-strings (PEP 701): nested quotes, backslashes in expressions, comments, deep nesting.
names = ['a', 'b']
print(f"{', '.join(names)}")
print(f"{'\n'.join(names)}")
print(f'{f'{f'{1 + 1}'}'}')
print(f"{names[0]!r:>5}|{names[-1]:^5}|")
x = 5
print(f'{x:{"0>" + str(x)}}')
print(f'{
    x + 1  # a comment inside the replacement field
}')
print(f'{"multiple"} {"fields"} {x * 2 = }')
d = {'key': 'value'}
print(f'{d["key"]} {d['key']}')
