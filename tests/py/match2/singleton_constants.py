# Enum-like singleton instances stored as class attributes, matched by value pattern.
class Suit:
    def __init__(self, name, colour):
        self.name, self.colour = name, colour
    def __repr__(self):
        return f"Suit.{self.name}"
    __match_args__ = ("name", "colour")

for n, c in (("HEARTS", "red"), ("DIAMONDS", "red"), ("CLUBS", "black"), ("SPADES", "black")):
    setattr(Suit, n, Suit(n, c))

def colour(s):
    match s:
        case Suit.HEARTS | Suit.DIAMONDS:
            return "red"
        case Suit.CLUBS:
            return "black clubs"
        case Suit(_, "black"):
            return "black by attribute"
        case _:
            return "not a suit"

for s in (Suit.HEARTS, Suit.DIAMONDS, Suit.CLUBS, Suit.SPADES, Suit("HEARTS", "red"), "HEARTS"):
    print(s, colour(s))

def card(c):
    match c:
        case (int(rank), Suit() as suit) if 2 <= rank <= 10:
            return f"{rank} of {suit.name.lower()}"
        case ("J" | "Q" | "K" | "A" as face, Suit(name=n)):
            return f"face {face} of {n}"
        case _:
            return "invalid"

for c in ((7, Suit.CLUBS), (11, Suit.CLUBS), ("Q", Suit.SPADES), ("Z", Suit.SPADES)):
    print(c[0], card(c))

class Level(int):
    def __repr__(self):
        return f"Level({int(self)})"
Level.LOW, Level.HIGH = Level(1), Level(2)

def level(v):
    match v:
        case Level.LOW:
            return "low"
        case Level.HIGH:
            return "high"
        case Level() as other:
            return f"other level {other!r}"
        case _:
            return "not a level"

for v in (Level.LOW, 2, 2.0, True, Level(3), 3):
    print(repr(v), level(v))
