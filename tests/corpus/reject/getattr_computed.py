# expect: PA3003
class Config:
    def __init__(self) -> None:
        self.debug = True


name = "debug"
print(getattr(Config(), name))
