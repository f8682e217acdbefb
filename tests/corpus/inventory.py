

def restock(stock: dict[str, int], item: str, amount: int) -> None:
    stock[item] = stock.get(item, 0) + amount


def report(stock: dict[str, int]) -> list[str]:
    lines: list[str] = []
    for item, count in sorted(stock.items()):
        status = "low" if count < 5 else "ok"
        lines.append(f"{item:<8}{count:>4} {status}")
    return lines


stock: dict[str, int] = {"apple": 3, "pear": 10}
restock(stock, "apple", 4)
restock(stock, "kiwi", 2)
stock["pear"] -= 6
del stock["kiwi"]
for line in report(stock):
    print(line)
print(len(stock), "apple" in stock)
