class Animal:
    def __init__(self, name: str) -> None:
        self.name = name

    def sound(self) -> str:
        return "..."

    def speak(self) -> str:
        return self.name + " says " + self.sound()


class Dog(Animal):
    def __init__(self, name: str) -> None:
        super().__init__(name)

    def sound(self) -> str:
        return "woof"


pet: Animal = Dog("rex")
print(pet.speak())
