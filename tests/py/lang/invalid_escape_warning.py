# Invalid escape sequences compile with a SyntaxWarning (3.12) and keep the backslash.
s = "\d+\s"
print(s, len(s))
b = b"\q"
print(b, len(b))
print(r"\d" == "\\d", "\N{BULLET}", "\x41", "\101", "\u0041")
try:
    compile('"\\777"', '<w>', 'eval')
    print('compiled octal')
except SyntaxError as e:
    print('SyntaxError', e.msg)
print(eval('"\\777"') == chr(0o777))
