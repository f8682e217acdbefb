for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 0.125, 1.0049]:
    print(x, round(x), round(x, 2), round(x, 1))

print(round(1234.5678, -2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(-0.4), round(0.4999999), round(1e15 + 0.5))
prices = [19.995, 4.445, 0.015, 100.0]
print([round(p, 2) for p in prices])
total = sum(prices)
print(f"total {total} rounded {round(total, 2)} formatted {total:.2f}")
