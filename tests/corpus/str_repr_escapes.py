samples: list[str] = [
    "plain",
    "it's",
    'say "hi"',
    "both ' and \"",
    "tab\tnew\nline",
    "back\\slash",
    "bell\x07 null\x00",
    "café ünïcode",
    "\u200b zero width",
    "",
    "\r\n",
    "del\x7f",
]
for s in samples:
    print(repr(s), len(s))
print(samples[:3])
print(ascii("café"), ascii("日本"), repr("😀"))
print({"k'ey": "va\"lue", "n\nl": ""})
print(("tuple", "it's"), ["\\"])
print(str("x"), repr(repr("x")))
