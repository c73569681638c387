# type() itself refuses bases that need __mro_entries__ resolution.
class Real: pass
class Proxy:
    def __mro_entries__(self, bases): return (Real,)
try:
    type('G', (Proxy(),), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('H', (Real, 5), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('I', [Real], {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('J', (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(5, (), {})
except TypeError as e:
    print(type(e).__name__, e)
