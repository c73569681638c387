# Matching JSON-like nested dicts and lists, as from an API response.
def describe(msg):
    match msg:
        case {"type": "user", "data": {"name": str(name), "tags": [*tags]}} if tags:
            return f"user {name} tagged {','.join(tags)}"
        case {"type": "user", "data": {"name": str(name)}}:
            return f"user {name}"
        case {"type": "batch", "items": [{"id": int(first)}, *more]}:
            return f"batch starting {first} plus {len(more)}"
        case {"type": "batch", "items": []}:
            return "empty batch"
        case {"type": "error", "code": 404 | 410 as code}:
            return f"gone ({code})"
        case {"type": "error", "code": int(code), **extra}:
            return f"error {code} extra={sorted(extra)}"
        case {"type": str(t)}:
            return f"unknown type {t}"
        case [*msgs]:
            return [describe(m) for m in msgs]
        case _:
            return "garbage"

samples = [
    {"type": "user", "data": {"name": "ann", "tags": ["a", "b"]}},
    {"type": "user", "data": {"name": "bob", "tags": []}},
    {"type": "user", "data": {"name": 5}},
    {"type": "batch", "items": [{"id": 1}, {"id": 2}, {"id": 3}]},
    {"type": "batch", "items": [{"id": "x"}]},
    {"type": "batch", "items": []},
    {"type": "error", "code": 410},
    {"type": "error", "code": 500, "retry": True, "after": 3},
    {"type": "error", "code": "500"},
    [{"type": "ping"}, 7, {"type": "error", "code": 404}],
    "text",
]
for s in samples:
    print(describe(s))
