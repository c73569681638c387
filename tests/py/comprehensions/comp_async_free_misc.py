# Assorted comprehension forms.
print([x for x in range(5)][::-1], [*(x for x in 'ab')])
print(sorted({c.lower() for c in 'AaBbCc'}))
print(dict((k, v) for k, v in zip('abc', range(3))))
print(list(map(lambda t: t[0] + t[1], [(a, b) for a in range(2) for b in range(2)])))
print([i for i in range(3)] + [j for j in range(3, 5)])
m = {i: [j for j in range(i)] for i in range(3)}
print(m, sum(len(v) for v in m.values()))
print([(lambda x: x * 2)(i) for i in range(3)])
print(['yes' if i else 'no' for i in [0, 1, [], [0]]])
print({x for x in range(10) if x in {2, 3, 5, 7}})
