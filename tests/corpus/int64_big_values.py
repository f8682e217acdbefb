import math


def factorial(n: int) -> int:
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


big = 2 ** 62
print(big, big - 1 + big)
print(9223372036854775807, -9223372036854775807 - 1)
for n in [10, 15, 20]:
    print(n, factorial(n), math.factorial(n) == factorial(n))

seconds_per_century = 100 * 365 * 24 * 60 * 60
print(f"{seconds_per_century:,} seconds per century")
print(f"{seconds_per_century * 1_000_000_000:,} nanoseconds per century")
print(hex(2 ** 40 + 255), oct(4096), bin(1023), hex(-255))
print(int("123456789012345678"), int("-42"), int("  17  "), int("1_000_000"))
print(int("ff", 16), int("777", 8), int("101010", 2), int("0x1F", 0))
print(3_000_000_000 * 3, 4_611_686_018_427_387_904 // 3)
print(math.comb(60, 30), math.gcd(2 ** 40, 6 ** 20), math.isqrt(10 ** 18))
print(10 ** 18 + 10 ** 17, (10 ** 18) // 7, (10 ** 18) % 7)
