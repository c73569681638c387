try:
    {}["k"]
except KeyError:
    raise ValueError("context suppressed") from None
