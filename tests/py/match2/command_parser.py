# A text-adventure style command parser: split input and match word sequences.
def handle(line):
    match line.split():
        case []:
            return "empty input"
        case ["quit" | "exit" | "q"]:
            return "bye"
        case ["look"]:
            return "you look around"
        case ["look", "at", *what] if what:
            return "looking at " + " ".join(what)
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", other]:
            return f"unknown direction {other!r}"
        case ["get" | "take", item, "from", box]:
            return f"taking {item} out of {box}"
        case ["get" | "take", *items]:
            return "taking " + ", ".join(items) if items else "take what?"
        case ["drop", *items, "here"]:
            return f"dropping {items} here"
        case [verb, *args]:
            return f"unknown verb {verb!r} with {len(args)} args"

for line in ["", "q", "exit", "look", "look at", "look at the red door",
             "go north", "go up", "get key from chest", "take lamp sword",
             "get", "drop a b here", "drop here", "dance wildly now"]:
    print(repr(line), "->", handle(line))
