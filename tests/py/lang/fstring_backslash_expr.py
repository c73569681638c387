words = ['a', 'b', 'c']
print(f"{'\n'.join(words)}")
print(f"{'\t'.join(words)!r}")
print(f"{'\\'.join(words)}")
print(f"{'\x41\u00e9\N{SNOWMAN}'}")
print(f"{words[0] + '\''}")
print(f'{"\"quoted\""}')
print(f"{len('\0\1\2')}", f"{ord('\a')}")
print(rf"{'\n'!r}\n")
print(f"{'\\n'}", f"{'\\\\'}")
print(f"{chr(92) * 3}")
print(f"{b'\xff'!r}", f"{'\u2603'.encode()}")
e = '\N{LATIN SMALL LETTER E WITH ACUTE}'
print(f"{e}{'\N{COMBINING ACUTE ACCENT}'}|{len(e)}")
print(f"{'a\
b'}")
