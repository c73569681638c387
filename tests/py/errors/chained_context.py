def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("could not parse " + repr(s))

parse("12")
parse("x")
