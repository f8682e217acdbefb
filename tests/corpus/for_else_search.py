def find_divisor(n: int) -> int | None:
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        return None
    return d


def first_repeat(text: str) -> str:
    seen: list[str] = []
    for ch in text:
        if ch in seen:
            result = ch
            break
        seen.append(ch)
    else:
        result = "none"
    return result


for n in [15, 17, 49, 2]:
    print(n, find_divisor(n))
for text in ["abcdefa", "xyz", "ééa"]:
    print(text, first_repeat(text))

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if steps > 1000:
        break
else:
    print("collatz reached 1 in", steps, "steps")

count = 0
while count < 3:
    count += 1
    if count == 10:
        break
else:
    print("while finished without break", count)
for i in range(3):
    for j in range(3):
        if i * j == 2:
            print("found", i, j)
            break
    else:
        continue
    break
