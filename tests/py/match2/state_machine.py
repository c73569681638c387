# A traffic-light / vending state machine driven by match on (state, event) tuples.
def step(state, event):
    match state, event:
        case "idle", ("coin", int(c)) if c > 0:
            return ("paid", c)
        case "idle", _:
            return "idle"
        case ("paid", credit), ("coin", int(c)):
            return ("paid", credit + c)
        case ("paid", credit), ("select", str(item), int(price)) if credit >= price:
            change = credit - price
            return ("vend", item, change)
        case ("paid", credit), ("select", str(item), int(price)):
            return ("paid", credit)
        case ("paid", credit), "refund":
            print("  refunding", credit)
            return "idle"
        case ("vend", item, change), _:
            print(f"  dispensing {item}, change {change}")
            return "idle"
        case _, "reset":
            return "idle"
    raise ValueError(f"bad transition {state!r} {event!r}")

state = "idle"
events = [("coin", 0), ("coin", 2), ("coin", 3), ("select", "tea", 9),
          ("select", "tea", 4), "tick", ("coin", 1), "refund", "reset", ("select", "x", 1)]
for ev in events:
    state = step(state, ev)
    print(ev, "->", state)
try:
    step(("weird",), "x")
except ValueError as e:
    print("ValueError", e)
