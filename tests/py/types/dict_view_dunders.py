# dict view special methods called directly.
d = {1: 'a', 2: 'b'}
k, v, i = d.keys(), d.values(), d.items()
print(k.__len__(), v.__len__(), i.__len__(), k.__contains__(1), i.__contains__((2, 'b')), v.__contains__('a') if hasattr(v, '__contains__') else 'no __contains__')
print(k.__and__({1}), k.__or__([3]), k.__sub__({1}), k.__xor__({2, 3}), k.__rand__({2}), k.__ror__({0}), k.__rsub__({1, 5}), k.__rxor__({9}))
print(sorted(i.__and__({(1, 'a')})), sorted(i.__or__([(3, 'c')])), sorted(i.__sub__([(1, 'a')])), sorted(i.__xor__({(1, 'a')})))
print(k.__eq__({1, 2}), k.__le__({1, 2, 3}), k.mapping, type(k.mapping).__name__, v.mapping == d)
print(list(k.__reversed__()), list(v.__reversed__()), list(i.__reversed__()), k.__hash__, v.__eq__(v))
