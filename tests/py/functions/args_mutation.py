# Arguments are passed by object reference.
def append_to(lst, v):
    lst.append(v)
def rebind(lst):
    lst = ['new']
    return lst
a = [1]
append_to(a, 2)
print(a, rebind(a), a)
def modify_dict(d):
    d['k'] = 'v'
    d = None
x = {}
modify_dict(x)
print(x)
def incr(n):
    n += 1
    return n
n = 5
print(incr(n), n)
def extend(t):
    t += (1,)
    return t
tt = (0,)
print(extend(tt), tt)
def extend_list(l):
    l += [1]
    return l
ll = [0]
print(extend_list(ll), ll)
