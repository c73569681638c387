# Annotated assignments at module and class level, with and without values.
count: int = 0
names: list[str] = ['a']
pending: dict
print(count, names, __annotations__)
class Config:
    debug: bool = False
    level: int
    name: str = 'cfg'
print(Config.__annotations__, Config.debug, Config.name, hasattr(Config, 'level'))
def f():
    local: int = 5
    other: str
    return local
print(f(), f.__annotations__)
x: 'forward reference' = 1
print(__annotations__['x'])
