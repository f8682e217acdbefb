numbers = list(range(1, 13))
evens = [n for n in numbers if n % 2 == 0]
squares = {n: n * n for n in numbers if n < 6}
letters = {c for c in "mississippi"}
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
total = sum(n * n for n in numbers)
nested = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(evens)
print(squares)
print(sorted(letters))
print(pairs)
print(total)
print(nested)
