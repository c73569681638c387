# What escapes except* handlers: unmatched parts and handler errors together.
try:
    raise ExceptionGroup("original", [ValueError("handled"), OSError("unhandled")])
except* ValueError:
    raise RuntimeError("raised by the handler")
