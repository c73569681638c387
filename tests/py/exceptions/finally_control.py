# return/break/continue in finally override the pending exception or return value.
def ret_overrides_return():
    try:
        return 'try'
    finally:
        return 'finally'
print(ret_overrides_return())
def ret_swallows_exception():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(ret_swallows_exception())
def break_swallows():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(break_swallows())
def continue_swallows():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out
print(continue_swallows())
def finally_sees_value():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('x changed to', x)
print(finally_sees_value())
def nested():
    try:
        try:
            return 'inner try'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(nested())
