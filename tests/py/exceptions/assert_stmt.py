# assert statements.
assert True
assert 1 == 1, 'not shown'
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print(repr(e))
try:
    assert [], ['message', 'list']
except AssertionError as e:
    print(e.args)
def msg():
    print('message evaluated')
    return 'lazy'
assert True, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e)
