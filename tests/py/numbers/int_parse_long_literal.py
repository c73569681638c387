# int() error messages truncate the offending literal to 200 characters.
for s in ['x' * 199, 'x' * 200, 'x' * 201, 'y' * 300, '1' * 250 + 'z']:
    try:
        int(s)
    except ValueError as e:
        msg = str(e)
        print(len(s), len(msg), msg[:50], msg[-5:])
try:
    int('q' * 500, 16)
except ValueError as e:
    print(len(str(e)), str(e)[:45])
try:
    int(b'q' * 500)
except ValueError as e:
    print(len(str(e)), str(e)[:45])
