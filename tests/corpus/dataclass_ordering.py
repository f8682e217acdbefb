from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int
    patch: int = 0

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass(frozen=True)
class Money:
    cents: int
    currency: str


releases = [Version(1, 10), Version(1, 2, 3), Version(0, 9, 9), Version(1, 2)]
print(sorted(releases))
print([str(v) for v in sorted(releases, reverse=True)])
print(sorted([Version(1, 2, 1), Version(1, 2)]), max(releases), min(releases))
print(Version(1, 2) == Version(1, 2, 0), releases[0] != releases[1])
price = Money(1999, "EUR")
print(price, price == Money(1999, "EUR"), price.cents // 100, price.cents % 100)
