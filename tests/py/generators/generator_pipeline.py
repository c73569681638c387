# Pipelines of generators processing data lazily.
lines = ['# comment', 'alpha 3', '', 'beta 5', 'gamma x', 'delta 7']
def non_blank(ls):
    for l in ls:
        if l.strip():
            yield l
def not_comment(ls):
    for l in ls:
        if not l.startswith('#'):
            yield l
def parse(ls):
    for l in ls:
        name, num = l.split()
        try:
            yield name, int(num)
        except ValueError:
            print('skipping', repr(l))
pipeline = parse(not_comment(non_blank(lines)))
for name, n in pipeline:
    print(name, n)
def windows(seq, k):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > k:
            buf.pop(0)
        if len(buf) == k:
            yield tuple(buf)
print(list(windows(range(6), 3)))
