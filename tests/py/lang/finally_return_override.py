# return/break/continue in finally discard the in-flight exception or return value.
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'
print(swallow())
def override():
    try:
        return 'try'
    finally:
        return 'finally'
print(override())
def loop_break():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f'broke at {i}'
print(loop_break())
def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError('skipped')
            out.append(i)
        finally:
            continue
    return out
print(loop_continue())
def side_effect_order():
    log = []
    def inner():
        try:
            log.append('try')
            return log.append('return expr') or 'value'
        finally:
            log.append('finally')
    return inner(), log
print(side_effect_order())
def nested():
    try:
        try:
            raise TypeError('inner')
        finally:
            return 'inner finally'
    except TypeError:
        return 'never'
print(nested())
def exc_in_finally():
    try:
        return 'try value'
    finally:
        raise IndexError('from finally')
try:
    exc_in_finally()
except IndexError as e:
    print(type(e).__name__, e, e.__context__)
