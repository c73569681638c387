print('pkg.sub/__init__: executing')
