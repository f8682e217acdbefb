from typing import Optional


class Node:
    def __init__(self, value: int, next_node: Optional["Node"]) -> None:
        self.value = value
        self.next: Optional[Node] = next_node


class LinkedList:
    def __init__(self) -> None:
        self.head: Optional[Node] = None
        self.size = 0

    def push(self, value: int) -> None:
        self.head = Node(value, self.head)
        self.size += 1

    def to_list(self) -> list[int]:
        out: list[int] = []
        node = self.head
        while node is not None:
            out.append(node.value)
            node = node.next
        return out

    def reverse(self) -> None:
        previous: Optional[Node] = None
        node = self.head
        while node is not None:
            following = node.next
            node.next = previous
            previous = node
            node = following
        self.head = previous

    def find(self, value: int) -> int:
        index = 0
        node = self.head
        while node is not None:
            if node.value == value:
                return index
            node = node.next
            index += 1
        return -1


items = LinkedList()
for v in [5, 3, 8, 1]:
    items.push(v)
print(items.to_list(), items.size)
items.reverse()
print(items.to_list(), items.find(8), items.find(42))
empty = LinkedList()
empty.reverse()
print(empty.to_list(), empty.head is None)
