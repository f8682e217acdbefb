def shout(words: list[str]) -> str:
    return " ".join(w.upper() for w in words) + "!"


def initials(name: str) -> str:
    return "".join(part[0] for part in name.split(" ") if part)


sentence = "  typed python compiles ahead of time  "
words = sentence.strip().split(" ")
print(shout(words))
print(initials("Ada Lovelace Byron"))
print(sentence.strip().replace("python", "Python").title())
print("-".join(reversed(words)))
print(words[1:3], words[-1], len(sentence))
