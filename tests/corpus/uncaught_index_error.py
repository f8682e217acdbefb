# expect-exit: 1
def last_token(tokens: list[str]) -> str:
    return tokens[len(tokens)]


words = "the end".split()
print(words[-1], words[0])
print(last_token(words))
