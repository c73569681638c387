public = 'public'
_private = 'private'
def fn():
    return 'fn'
