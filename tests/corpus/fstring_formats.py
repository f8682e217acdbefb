import math

values: list[float] = [3.14159, 2.71828, 1.41421]
for i, v in enumerate(values):
    print(f"{i:02d} {v:8.3f} {v:<10.2e}|{v!r}")
name = "pi"
width = 12
print(f"{name!r:>{width}} = {math.pi:.5f}")
print(f"{255:x} {255:#o} {1234567:,} {0.25:.1%}")
