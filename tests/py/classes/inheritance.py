# Single and multiple inheritance, method overriding, attribute lookup order.
class Animal:
    sound = 'generic'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog, a kind of ' + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
p = Puppy('rex', 1)
print(p.speak(), '|', p.kind(), '|', p.age)
print(Puppy.__bases__, Puppy.__mro__)
print(isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Animal, Dog))
print(Dog.__name__, Dog.__base__.__name__, object.__bases__, Animal.__bases__)
p.sound = 'yip'
print(p.speak(), Puppy.sound)
del p.sound
print(p.speak())
