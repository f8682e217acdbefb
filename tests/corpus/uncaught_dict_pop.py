# expect-exit: 1
cache: dict[int, str] = {1: "one", 2: "two"}
print(cache.pop(1), cache)
print(cache.pop(3, "default"))
print(cache.pop(3))
