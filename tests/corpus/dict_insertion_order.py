stock: dict[str, int] = {}
for item in ["pear", "apple", "fig", "apple", "kiwi", "pear"]:
    stock[item] = stock.get(item, 0) + 1
print(stock)
print(list(stock), list(stock.values()), list(stock.items()))

del stock["apple"]
print(stock)
stock["apple"] = 10
print(stock)
stock["pear"] = 0
print(stock, "pear" in stock, "plum" in stock)

print(stock.pop("fig"), stock.pop("plum", -1), stock)
print(stock.setdefault("lime", 3), stock.setdefault("kiwi", 99), stock)
stock.update({"kiwi": 5, "date": 2})
print(stock)
print(stock.popitem(), stock)
for key in list(stock):
    if stock[key] % 2 == 1:
        del stock[key]
print(stock)
print(dict([("x", 1), ("y", 2)]), dict(zip(["a", "b"], [1, 2])))
merged = dict(stock)
merged["extra"] = 1
print(len(stock), len(merged), sorted(merged), list(reversed(merged)))
stock.clear()
print(stock, len(stock))
