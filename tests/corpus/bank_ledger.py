from dataclasses import dataclass


class LedgerError(Exception):
    pass


@dataclass
class Entry:
    account: str
    cents: int
    memo: str


class Ledger:
    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.balances: dict[str, int] = {}

    def post(self, account: str, cents: int, memo: str) -> None:
        new_balance = self.balances.get(account, 0) + cents
        if new_balance < 0:
            raise LedgerError(f"{account} would go negative ({new_balance})")
        self.balances[account] = new_balance
        self.entries.append(Entry(account, cents, memo))

    def transfer(self, source: str, target: str, cents: int) -> None:
        self.post(source, -cents, f"to {target}")
        self.post(target, cents, f"from {source}")


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}€{abs(cents) // 100:,}.{abs(cents) % 100:02d}"


ledger = Ledger()
ledger.post("alice", 150_000, "salary")
ledger.post("bob", 2_500, "gift")
ledger.transfer("alice", "bob", 12_345)
try:
    ledger.transfer("bob", "carol", 1_000_000)
except LedgerError as error:
    print("rejected:", error)
for entry in ledger.entries:
    print(f"{entry.account:<6}{money(entry.cents):>12}  {entry.memo}")
print({k: money(v) for k, v in ledger.balances.items()})
print(ledger.entries[-1])
