from dataclasses import dataclass


@dataclass
class Item:
    name: str
    price: float
    quantity: int = 0

    def total(self) -> float:
        return self.price * self.quantity


class Order:
    def __init__(self, customer: str) -> None:
        self.customer = customer
        self.items: list[Item] = []

    def __repr__(self) -> str:
        return f"Order(customer={self.customer!r}, items={self.items!r})"

    def add(self, item: Item) -> None:
        self.items.append(item)

    def total(self) -> float:
        return sum(i.total() for i in self.items)


pen = Item("pen", 1.5, 10)
book = Item("book", 12.25)
print(pen)
print(book, book.quantity)
print(pen == Item("pen", 1.5, 10), pen == book)
book.quantity = 2
order = Order("Zoé")
order.add(pen)
order.add(book)
print(order.customer, len(order.items), order.total())
print(order)
print([i.name for i in order.items], max(order.items, key=lambda i: i.total()).name)
