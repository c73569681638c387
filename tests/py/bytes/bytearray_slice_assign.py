# bytearray item and slice assignment / deletion, including extended slices.
ba = bytearray(b'0123456789')
ba[0] = 65; ba[-1] = 90; print(ba)
ba[1:3] = b'xyz'; print(ba)
ba[4:8] = b''; print(ba)
ba[::2] = b'_____'[:len(ba[::2])]; print(ba)
ba[1:1] = [97, 98]; print(ba)
ba[len(ba):] = bytearray(b'!!'); print(ba)
del ba[::3]; print(ba)
del ba[1]; del ba[-2:]; print(ba)
ba[:] = b'new'; print(ba)
ba[0:2] = 3 * b'-'; print(ba)
ba[1:2] = range(65, 68); print(ba)
ba[:] = ba; print(ba)
bads = [lambda: ba.__setitem__(slice(None, None, 2), b'x'), lambda: ba.__setitem__(0, 256),
        lambda: ba.__setitem__(slice(0, 1), 5), lambda: ba.__setitem__(slice(0, 1), 'ab'),
        lambda: ba.__setitem__(100, 1), lambda: ba.__delitem__(100)]
for bad in bads:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(ba)
