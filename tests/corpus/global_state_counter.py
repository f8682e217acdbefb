calls = 0
history: list[str] = []


def tracked(name: str) -> int:
    global calls
    calls += 1
    history.append(name)
    return calls


next_id = 100


class IdGenerator:
    kind = "sequential"

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def new_id(self) -> str:
        global next_id
        next_id += 1
        return f"{self.prefix}-{next_id}"


for n in ["a", "b", "c"]:
    print(tracked(n))
print(calls, history)
users = IdGenerator("usr")
orders = IdGenerator("ord")
print(users.new_id(), orders.new_id(), users.new_id(), next_id, IdGenerator.kind, users.kind)
