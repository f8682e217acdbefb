# expect-exit: 1
def parse_age(text: str) -> int:
    age = int(text)
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    return age


print(parse_age("42"))
print(parse_age("-3"))
print("never printed")
