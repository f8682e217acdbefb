class InsufficientFunds(Exception):
    def __init__(self, missing: int) -> None:
        self.missing = missing


class Account:
    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance
        self.history: list[int] = []

    def deposit(self, amount: int) -> None:
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount: int) -> None:
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        self.history.append(-amount)


account = Account("ada", 100)
account.deposit(50)
for amount in [30, 500, -5]:
    try:
        if amount < 0:
            account.deposit(amount)
        else:
            account.withdraw(amount)
        print("ok", amount)
    except InsufficientFunds as refused:
        print("refused", amount, "missing", refused.missing)
    except ValueError as invalid:
        print("invalid", amount, invalid)
    finally:
        print("balance", account.balance)
print(account.history)
