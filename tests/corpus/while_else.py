def first_divisor(n: int) -> int:
    d = 2
    while d * d <= n:
        if n % d == 0:
            break
        d += 1
    else:
        return n
    return d


for n in [15, 17, 49, 97]:
    print(n, first_divisor(n))
count = 0
while True:
    count += 3
    if count > 10:
        break
print(count)
for n in [2, 4, 6]:
    if n % 2 == 1:
        print("odd found")
        break
else:
    print("all even")
