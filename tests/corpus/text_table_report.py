ROWS: list[tuple[str, int, float]] = [
    ("Zürich", 421878, 87.88),
    ("Genève", 203856, 15.93),
    ("Basel", 173863, 23.91),
    ("Lausanne", 140202, 41.38),
    ("Bern", 134591, 51.62),
]


def table(rows: list[tuple[str, int, float]]) -> list[str]:
    name_width = max(len(r[0]) for r in rows)
    lines = [f"{'City':<{name_width}} | {'Population':>12} | {'Area km²':>9} | {'Density':>8}"]
    lines.append("-" * len(lines[0]))
    for name, population, area in rows:
        lines.append(f"{name:<{name_width}} | {population:>12,} | {area:>9.2f} | {population / area:>8.1f}")
    total_pop = sum(r[1] for r in rows)
    total_area = sum(r[2] for r in rows)
    lines.append(f"{'Total':<{name_width}} | {total_pop:>12,} | {total_area:>9.2f} | {total_pop / total_area:>8.1f}")
    return lines


for line in table(ROWS):
    print(line)
print(table(sorted(ROWS, key=lambda r: r[1] / r[2], reverse=True))[2])
