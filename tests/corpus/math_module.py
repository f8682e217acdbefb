import math

angles = [0.0, math.pi / 6, math.pi / 4, math.pi / 2]
for a in angles:
    print(f"{math.degrees(a):6.1f} {math.sin(a):.4f} {math.cos(a):.4f}")
print(math.sqrt(2.0), math.hypot(3.0, 4.0))
print(math.floor(2.7), math.ceil(2.1), math.factorial(10))
print(round(math.e, 3), math.isclose(0.1 + 0.2, 0.3))
print(math.log(math.e ** 2), math.isqrt(50))
