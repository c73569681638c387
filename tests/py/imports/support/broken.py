print('broken: about to fail')
value = 1
raise ValueError('broken module failed to import')
