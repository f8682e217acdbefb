import math

print(math.pi, math.e, math.tau, math.inf)
print(math.sqrt(2), math.sqrt(16.0), math.isqrt(17), math.hypot(3.0, 4.0), math.cbrt(27.0))
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.7), math.floor(-0.5), math.ceil(-0.5))
print(math.exp(1.0), math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0.0))
print(math.sin(0.0), math.cos(0.0), round(math.sin(math.pi / 6), 12), math.atan2(1.0, 1.0) * 4)
print(math.degrees(math.pi), math.radians(180.0), math.fabs(-2.5), math.copysign(3.0, -0.0))
print(math.gcd(48, 180), math.lcm(4, 6), math.factorial(12), math.comb(10, 3), math.perm(5, 2))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.isfinite(1e308), math.isinf(-math.inf))
print(math.fmod(7.0, -3.0), 7.0 % -3.0, math.remainder(7.0, 3.0), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.dist([0.0, 0.0], [3.0, 4.0]), math.isclose(1.0, 1.0 + 1e-10), math.pow(2.0, 0.5), 2 ** -1)
print(math.erf(0.0), math.gamma(5.0), math.lgamma(1.0), math.tanh(0.0), math.asin(1.0))
