def load(d):
    try:
        return d["x"]
    except KeyError as e:
        raise ValueError("bad config") from e

load({})
