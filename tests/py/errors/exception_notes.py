try:
    raise ValueError("primary")
except ValueError as e:
    e.add_note("extra context: while testing notes")
    e.add_note("second note")
    raise
