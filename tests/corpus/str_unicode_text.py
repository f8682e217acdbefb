words: list[str] = ["naïve", "café", "Straße", "日本語", "emoji😀", "Ωmega"]
for w in words:
    print(w, len(w), w[0], w[-1], w[1:3], w[::-1], w.upper())

text = "Grüße aus Köln – schöne Grüße!"
print(len(text), text[::2], text[1::3], text[-5:], text[:-5:4])
print([c for c in "añb"], list("日本"), "é" in text, "ö" in text)
print(text.count("ü"), text.find("Köln"), text.find("Berlin"), text.index("–"))
print(ord("é"), ord("日"), chr(233), chr(26085), chr(0x1F600))
s = ""
for ch in "αβγ":
    s = ch + s
print(s, s * 2, "-".join("αβγ"))
print("ß".upper(), "İ".lower() == "i̇", "ǅ".lower(), "ﬁ".upper())
print(sorted(["zebra", "Äpfel", "apple", "éclair", "Zoo"]))
print(max(["b", "ä", "a"]), min("héllo"))
