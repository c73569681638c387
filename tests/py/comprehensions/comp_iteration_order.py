# Order of evaluation in comprehensions with multiple for/if clauses.
log = []
def it(name, n):
    log.append('iter ' + name)
    return range(n)
def cond(v):
    log.append(f'cond {v}')
    return v % 2 == 0
r = [(a, b) for a in it('outer', 2) for b in it('inner', 2) if cond(a + b)]
print(r)
print(log)
log.clear()
r = {cond(v): v for v in it('d', 3)}
print(r, log)
