class Animal:
    sound = "..."

    def __init__(self, name: str, legs: int) -> None:
        self.name = name
        self.legs = legs

    def speak(self) -> str:
        return f"{self.name} says {self.noise()}"

    def noise(self) -> str:
        return "..."

    def describe(self) -> str:
        return f"{type_name(self)} {self.name} with {self.legs} legs"


class Dog(Animal):
    def __init__(self, name: str) -> None:
        super().__init__(name, 4)
        self.tricks: list[str] = []

    def noise(self) -> str:
        return "woof"

    def learn(self, trick: str) -> None:
        self.tricks.append(trick)


class Puppy(Dog):
    def noise(self) -> str:
        return super().noise() + " (squeaky)"


class Bird(Animal):
    def __init__(self, name: str, can_fly: bool) -> None:
        super().__init__(name, 2)
        self.can_fly = can_fly

    def noise(self) -> str:
        return "tweet" if self.can_fly else "squawk"


def type_name(animal: Animal) -> str:
    if isinstance(animal, Puppy):
        return "puppy"
    if isinstance(animal, Dog):
        return "dog"
    if isinstance(animal, Bird):
        return "bird"
    return "animal"


zoo: list[Animal] = [Dog("Rex"), Puppy("Bit"), Bird("Tweety", True), Bird("Pingu", False), Animal("Blob", 0)]
for animal in zoo:
    print(animal.speak(), "|", animal.describe())
rex = Dog("Rex")
rex.learn("sit")
rex.learn("roll")
print(rex.tricks, len([a for a in zoo if isinstance(a, Dog)]), sum(a.legs for a in zoo))
