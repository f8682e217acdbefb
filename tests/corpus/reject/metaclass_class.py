# expect: PA3005
class Registry(type):
    pass


class Plugin(metaclass=Registry):
    pass


print(Plugin)
