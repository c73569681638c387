# and/or return operands, not booleans; evaluation order.
trace = []
def t(name, value):
    trace.append(name)
    return value
r = t('a', 0) and t('b', 1)
print(r, trace)
trace.clear()
r = t('a', 1) and t('b', 2) or t('c', 3)
print(r, trace)
trace.clear()
r = t('a', 0) or t('b', '') or t('c', [])
print(repr(r), trace)
trace.clear()
r = not t('a', []) and t('b', 'yes')
print(r, trace)
print(True + True, True * 10, False - 1, True / 2)
print(isinstance(True, int), True == 1, False == 0, hash(True) == hash(1))
print({1: 'int', True: 'bool'})
