# Byte sources honour a PEP 263 coding declaration; str sources ignore it.
ns = {}
exec(compile(b'# -*- coding: latin-1 -*-\nv = "\xe9"', '<b>', 'exec'), ns)
print(ns['v'], len(ns['v']))
ns = {}
exec(compile(b'#!/bin/python\n# vim: set fileencoding=cp1252 :\nw = "\x80"', '<b>', 'exec'), ns)
print(ns['w'], hex(ord(ns['w'])))
print(eval(compile('"\xe9"'.encode('utf-8'), '<b>', 'eval')))
print(eval(b'\xef\xbb\xbf"bom"'))
ns = {}
exec('# coding: latin-1\nu = "\xe9"', ns)
print(ns['u'])
try:
    compile(b'x = "\xe9"', '<b>', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg[:40])
