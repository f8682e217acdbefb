# expect-exit: 1
class InsufficientFunds(Exception):
    pass


class Account:
    def __init__(self, owner: str, balance: int) -> None:
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount: int) -> None:
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount


acct = Account("Zoë", 100)
acct.withdraw(30)
print(acct.balance)
try:
    acct.withdraw(500)
except InsufficientFunds as error:
    print("handled:", error)
acct.withdraw(71)
