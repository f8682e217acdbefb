# expect: PA3010
from typing import Any


def show(value: Any) -> None:
    print(value)


show(3)
