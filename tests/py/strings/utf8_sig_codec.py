# The utf-8-sig codec writes and skips a BOM; plain utf-8 keeps it.
print('A'.encode('utf-8-sig'), ''.encode('utf-8-sig'), 'é'.encode('utf_8_sig'))
print(ascii(b'\xef\xbb\xbfhi'.decode('utf-8-sig')), ascii(b'hi'.decode('utf-8-sig')), ascii(b''.decode('utf-8-sig')))
print(ascii(b'\xef\xbb\xbfhi'.decode('utf-8')), ascii(b'\xef\xbb\xbf\xef\xbb\xbf'.decode('utf-8-sig')))
print(ascii(str(b'\xef\xbb\xbfx', 'utf-8-sig')), ascii(bytearray(b'\xef\xbb\xbfy').decode('UTF-8-SIG')))
try:
    b'\xef\xbb\xbf\xff'.decode('utf-8-sig')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
