# xfail: exception groups #4
raise ExceptionGroup("multiple problems", [ValueError("bad value"), TypeError("bad type")])
