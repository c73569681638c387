print("raising SystemExit")
try:
    raise SystemExit(5)
finally:
    print("finally still runs")
