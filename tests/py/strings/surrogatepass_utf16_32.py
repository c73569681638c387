# surrogatepass with UTF-16 and UTF-32 encodes and decodes lone surrogates.
print('\udfff'.encode('utf-16-be', 'surrogatepass'), '\ud800'.encode('utf-16-le', 'surrogatepass'), '\ud800'.encode('utf-32-le', 'surrogatepass'))
print(ascii(b'\x00\xd8'.decode('utf-16-le', 'surrogatepass')), ascii(b'\xdc\x00'.decode('utf-16-be', 'surrogatepass')))
print(ascii(b'\x00\xd8\x00\x00'.decode('utf-32-le', 'surrogatepass')))
print(ascii('\ud83d\udc0d'.encode('utf-16-le', 'surrogatepass').decode('utf-16-le')))
print(ascii('\ud83d\udc0d'.encode('utf-32-be', 'surrogatepass').decode('utf-32-be', 'surrogatepass')))
