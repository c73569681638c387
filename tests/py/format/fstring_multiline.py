# Multi-line expressions and comments inside f-string replacement fields (3.12).
items = [3, 1, 2]
print(f'{
    sorted(
        items,  # sort them
        reverse=True,
    )
}')
print(f'total={
    sum(
        x * 2
        for x in items
    )
}!')
print(f'''{
    "a"
    "b"
}|{
    items[
        0
    ]
}|{items[1]:>4}|''')
total = f'{len(items)
          # comment after expression
          }'
print(total, f'{  items[1]  }', f'{(lambda v: v * 3)(2)}', f'{
    {"k": "v"}["k"]
}')
def g(*a, **k):
    return len(a) + len(k)
print(f'{g(1,
          2,
          k=3)}', f"{'\n'.join(['l1', 'l2'])}")
