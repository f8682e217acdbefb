def escape_time(cr: float, ci: float, limit: int) -> int:
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit:
        if zr * zr + zi * zi > 4.0:
            return n
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        n += 1
    return limit


rows: list[str] = []
for y in range(-6, 7):
    line = ""
    for x in range(-20, 8):
        t = escape_time(x / 10.0, y / 6.0, 30)
        line += "#" if t == 30 else "+" if t > 8 else "."
    rows.append(line)
print("\n".join(rows))
