class Stack:
    def __init__(self) -> None:
        self.items: list[int] = []

    def push(self, item: int) -> None:
        self.items.append(item)

    def pop(self) -> int:
        return self.items.pop()

    def is_empty(self) -> bool:
        return len(self.items) == 0


def balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


stack = Stack()
for i in range(5):
    stack.push(i * i)
while not stack.is_empty():
    print(stack.pop())
for text in ["(a(b)c)", "(()", "())("]:
    print(text, balanced(text))
