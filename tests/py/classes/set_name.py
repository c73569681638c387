# __set_name__ is called at class creation, in definition order.
class Field:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name, self.kind)
        self.name = name
class Model:
    id = Field(int)
    title = Field(str)
    other = 5
print(Model.id.name, Model.title.name)
f = Field(float)
class Late:
    pass
Late.x = f
print(hasattr(f, 'name'))
