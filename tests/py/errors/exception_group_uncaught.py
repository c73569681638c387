raise ExceptionGroup("multiple problems", [ValueError("bad value"), TypeError("bad type")])
