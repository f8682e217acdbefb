values: list[int] = [0, 1, -1, 42]
print([bool(v) for v in values], [not v for v in values])
print(bool(""), bool("0"), bool([0][:0]), bool([0]), bool({"": 0}), bool(0.0), bool(-0.0), bool(float("nan")))
print(True + True, True * 10, False - 1, sum([True, False, True]), int(True), float(False))
print(3 and 4, 0 or 7, "" or "empty", [] or [1], 5 and 0, None or "none")
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, "a" < "b" < "c", (1, 2) < (1, 3), [1, 2] < [1, 2, 0])
print(True == 1, False == 0, str(True), repr(False), f"{True!s:>6}|", f"{False:d}")
flags = [x > 2 for x in range(5)]
print(flags, flags.count(True), any(flags), all(flags), flags.index(True))
name = ""
print(name or "anonymous", len(name) == 0, not name)
