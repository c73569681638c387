# The text of f"{expr=}" loses comments the way CPython 3.12 strips them (even inside quotes).
print(f"{1+2 = # my comment
  }")
print(f"{'#' = }", f"{'a#b'=!r}")
print(f"""{
    3 * 4  # twelve
    = }""")
