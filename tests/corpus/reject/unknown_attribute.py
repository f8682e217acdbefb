# expect: PA2009
class User:
    def __init__(self, name: str) -> None:
        self.name = name


print(User("ana").email)
