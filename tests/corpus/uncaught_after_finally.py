# expect-exit: 1
def process(items: list[str]) -> None:
    for item in items:
        try:
            print("processing", item, float(item) * 2)
        finally:
            print("done with", item)


process(["1.5", "2", "abc", "4"])
