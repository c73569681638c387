# Messages for assigning to read-only attributes of builtin objects.
def f(): pass
targets = [(range(3), 'start'), (slice(1, 2), 'stop'), (1, 'real'), (1.5, 'imag'), (1j, 'real'),
           (f, '__closure__'), (f, '__globals__'), (property(), 'fget'), (ValueError(), 'nope_ok'),
           ([].append, '__self__'), (staticmethod(f), '__func__'), ((x for x in []), 'gi_frame')]
for obj, attr in targets:
    try:
        setattr(obj, attr, 5)
        print(type(obj).__name__, attr, 'set ok')
    except (AttributeError, TypeError) as e:
        print(type(obj).__name__, attr, type(e).__name__, e)
