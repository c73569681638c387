import linecache

fn = __file__
print(repr(linecache.getline(fn, 1)))
print(repr(linecache.getline(fn, 3)))
print(repr(linecache.getline(fn, 1000)))
print(repr(linecache.getline("no_such_file_here.py", 1)))
lines = linecache.getlines(fn)
print(len(lines), lines[-1])
linecache.clearcache()
print(repr(linecache.getline(fn, 2)))
linecache.checkcache(fn)
# last line
